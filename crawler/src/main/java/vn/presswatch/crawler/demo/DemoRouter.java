package vn.presswatch.crawler.demo;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;

/**
 * Routes a request to what answers it: the misbehaving endpoints, the bulk resources, an article page (once it is
 * released), a listing as it stands now, or a Vietnamese 404 page. Runs on the event loop and never blocks.
 */
final class DemoRouter implements Handler<HttpServerRequest> {

    private final Clock clock;
    private final DemoCatalog catalog;
    private final SiteContent content;
    private final MisbehavingRoutes misbehaving;
    private final BulkRoutes bulk;
    private final Resource notFound;

    DemoRouter(Clock clock, DemoCatalog catalog, SiteContent content, MisbehavingRoutes misbehaving, BulkRoutes bulk) {
        this.clock = clock;
        this.catalog = catalog;
        this.content = content;
        this.misbehaving = misbehaving;
        this.bulk = bulk;
        this.notFound = Resource.of(SiteContent.HTML, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta "
                + "charset=\"utf-8\">"
                + "<title>Không tìm thấy trang</title></head><body><h1>404 - Không tìm thấy trang</h1>"
                + "<p>Trang bạn yêu cầu không tồn tại hoặc chưa được xuất bản.</p><p><a href=\"/\">Về trang chủ</a></p>"
                + "</body></html>\n", catalog.start());
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            request.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, HEAD").end();
            return;
        }
        String path = request.path();
        if (path.startsWith("/bad/") && misbehaving.handle(request)
                || path.startsWith("/bulk/") && bulk.handle(request)) {
            return;
        }
        if (path.startsWith("/private/")) {
            Responder.send(request, content.page("/private/"));
            return;
        }
        int released = catalog.released(clock.instant());
        DemoArticle article = catalog.byPath(path);
        if (article != null) {
            if (catalog.visible(article, released)) {
                Responder.send(request, content.page(path));
            } else {
                notFound(request);
            }
            return;
        }
        Resource resource = content.page(path);
        if (resource == null) {
            resource = content.listing(path, released);
        }
        if (resource != null) {
            Responder.send(request, resource);
        } else if (!path.endsWith("/") && content.listing(path + "/", released) != null) {
            request.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION, path + "/").end();
        } else {
            notFound(request);
        }
    }

    private void notFound(HttpServerRequest request) {
        request.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, notFound.contentType())
                .end(io.vertx.core.buffer.Buffer.buffer(notFound.body()));
    }
}
