package vn.presswatch.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.presswatch.api.security.WebSession;

/** Calls the JSON API as one user with HTTP Basic, and reads answers (also 4xx/5xx) as JSON. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingHttpClient client;
    private final String authorization;

    private ApiClient(BlockingHttpClient client, String authorization) {
        this.client = client;
        this.authorization = authorization;
    }

    static ApiClient basic(BlockingHttpClient client, String username, String password) {
        return new ApiClient(client, "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient bearer(BlockingHttpClient client, String token) {
        return new ApiClient(client, "Bearer " + token);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Reply get(String path) {
        return send(HttpRequest.GET(path));
    }

    Reply post(String path, Object body) {
        return send(HttpRequest.POST(path, body));
    }

    Reply put(String path, Object body) {
        return send(HttpRequest.PUT(path, body));
    }

    Reply delete(String path) {
        return send(HttpRequest.DELETE(path));
    }

    Reply send(MutableHttpRequest<?> request) {
        if (request.getContentType().isEmpty() && request.getBody().isPresent()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return Reply.of(WebSession.exchange(client, request.header("Authorization", authorization)));
    }

    /** An answer: status, raw body, and the body as JSON (null when it is not JSON). */
    record Reply(int code, String body, JsonNode json, WebSession.Answer answer) {
        static Reply of(WebSession.Answer answer) {
            JsonNode json = null;
            String type = answer.headers().get("Content-Type");
            if (type != null && type.contains("json") && !answer.body().isEmpty()) {
                try {
                    json = JSON.readTree(answer.body());
                } catch (IOException e) {
                    throw new UncheckedIOException("not JSON: " + answer.body(), e);
                }
            }
            return new Reply(answer.code(), answer.body(), json, answer);
        }
    }
}
