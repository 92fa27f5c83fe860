package vn.presswatch.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A route that fails like a bug would, to see what a client gets from a 500 (test class path only). */
@Controller("/api/test-failure")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(env = "test")
class FailingTestController {
    @Get
    String fail() {
        throw new IllegalStateException("geheim: internal detail at /var/lib/presswatch, password=hunter2");
    }
}
