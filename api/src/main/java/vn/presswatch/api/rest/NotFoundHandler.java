package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.presswatch.api.service.RecordNotFoundException;

/** A source, article, user or token the request names does not exist: 404 saying which. */
@Produces
@Singleton
public class NotFoundHandler implements ExceptionHandler<RecordNotFoundException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RecordNotFoundException exception) {
        return HttpResponse.notFound(ApiError.of(exception.getMessage()));
    }
}
