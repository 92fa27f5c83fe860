package vn.presswatch.api.rest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.presswatch.api.security.Role;

/**
 * Serves the OpenAPI document micronaut-openapi generates at compile time from the controllers' annotations
 * (named after the title and version on {@code Application}), to logged-in users only like every other endpoint.
 */
@Controller
@Secured(Role.VIEWER_ID)
@Hidden
public class OpenApiDocument {
    /** Where the annotation processor writes it: {@code <title>-<version>.yml}, lower case, spaces as '-'. */
    static final String RESOURCE = "/META-INF/swagger/presswatch-api-1.yml";
    static final String YAML = "application/yaml";

    private final byte[] document;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document " + RESOURCE + " is missing from the class "
                        + "path: the micronaut-openapi annotation processor did not run");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = YAML)
    public HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document.clone()).contentType(YAML + ";charset=utf-8");
    }
}
