package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no more specific handler takes is our fault: 500 with a fixed message, and the exception (with its
 * stack trace) only in the server log, so no internal detail reaches a client. Micronaut's own handlers (security,
 * conversion errors, bad JSON ...) are more specific and still answer their own statuses.
 */
@Produces
@Singleton
public class ServerErrorHandler implements ExceptionHandler<Exception, HttpResponse<ApiError>> {
    static final String MESSAGE = "Lỗi máy chủ; chi tiết trong nhật ký.";
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Exception exception) {
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        return HttpResponse.serverError(ApiError.of(MESSAGE));
    }
}
