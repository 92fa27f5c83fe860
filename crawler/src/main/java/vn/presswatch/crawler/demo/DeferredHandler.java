package vn.presswatch.crawler.demo;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * The server's request handler until the pages exist: they need the port for their absolute addresses, and the port
 * is known only once the server listens. A request arriving in that instant (nobody knows the port yet, so only a
 * port scanner) gets a 503.
 */
final class DeferredHandler implements Handler<HttpServerRequest> {

    private volatile Handler<HttpServerRequest> delegate;

    void ready(Handler<HttpServerRequest> handler) {
        this.delegate = handler;
    }

    @Override
    public void handle(HttpServerRequest request) {
        Handler<HttpServerRequest> d = delegate;
        if (d == null) {
            request.response().setStatusCode(503).putHeader("Retry-After", "1").end();
        } else {
            d.handle(request);
        }
    }
}
