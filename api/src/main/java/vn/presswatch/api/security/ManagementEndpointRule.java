package vn.presswatch.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Management endpoints marked sensitive (the metrics) are open to every logged-in user, machine clients with an
 * API token included; /health is not sensitive and stays public.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
public class ManagementEndpointRule extends SensitiveEndpointRule {

    public ManagementEndpointRule(EndpointSensitivityProcessor processor) {
        super(processor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                        Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Publishers.just(SecurityRuleResult.ALLOWED);
    }
}
