package vn.presswatch.api.rest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.presswatch.store.elasticsearch.ElasticsearchNode;

/** The alert calls of {@link AlertsApiTest} with the application on Elasticsearch (the store module's 9.2 node). */
@MicronautTest
class AlertsApiElasticsearchIT extends AlertsApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("presswatch.store.backend", "elasticsearch");
        properties.put("presswatch.store.elasticsearch.url", ElasticsearchNode.shared().httpUrl());
        properties.put("presswatch.store.elasticsearch.index-prefix",
                "alerts-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT).substring(0, 8));
        return properties;
    }
}
