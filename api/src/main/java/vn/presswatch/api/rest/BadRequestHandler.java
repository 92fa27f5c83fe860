package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.presswatch.api.service.InvalidFieldsException;
import vn.presswatch.crawler.sources.InvalidSourceListException;
import vn.presswatch.store.query.QuerySyntaxException;

/**
 * Bad input is the caller's to fix: 400 with the message, and the wrong field or parameter when known (a
 * {@link InvalidFieldsException}'s fields (a source, an alert rule), the query for a {@link QuerySyntaxException}, or the parameter a
 * message starts with, as {@code ArticleQuery}'s "size: ..." do).
 */
@Produces
@Singleton
public class BadRequestHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<ApiError>> {
    private static final Pattern NAMED = Pattern.compile("^([a-zA-Z][a-zA-Z0-9_]{0,30}): (.+)$", Pattern.DOTALL);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, IllegalArgumentException exception) {
        return HttpResponse.badRequest(of(exception));
    }

    static ApiError of(IllegalArgumentException exception) {
        if (exception instanceof InvalidFieldsException invalid) {
            return new ApiError(invalid.getMessage(), invalid.fields());
        }
        if (exception instanceof QuerySyntaxException syntax) {
            return new ApiError("q: câu truy vấn không hợp lệ: " + syntax.vietnameseMessage() + " — "
                    + syntax.getMessage(), Map.of("q", syntax.vietnameseMessage()));
        }
        String message = exception.getMessage() == null ? "Yêu cầu không hợp lệ." : exception.getMessage();
        Matcher named = NAMED.matcher(message);
        return named.matches() ? new ApiError(message, Map.of(named.group(1), named.group(2))) : ApiError.of(message);
    }

    /** A source list that cannot be read (import): its message names the list and the entry. */
    @Produces
    @Singleton
    public static class InvalidSourceList
            implements ExceptionHandler<InvalidSourceListException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidSourceListException exception) {
            return HttpResponse.badRequest(ApiError.of(exception.getMessage()));
        }
    }
}
