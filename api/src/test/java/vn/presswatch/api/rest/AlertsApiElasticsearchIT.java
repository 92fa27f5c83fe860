package vn.presswatch.api.rest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The alert calls of {@link AlertsApiTest} with the application on Elasticsearch (the store module's 9.2 node). */
@MicronautTest
class AlertsApiElasticsearchIT extends AlertsApiTest {

    @Override
    public Map<String, String> getProperties() {
        return ApiElasticsearchIT.onElasticsearch(super.getProperties(), "alerts");
    }
}
