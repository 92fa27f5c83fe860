package vn.presswatch.api.rest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.presswatch.store.elasticsearch.ElasticsearchNode;

/**
 * The same API calls as {@link ApiTest}, with the application on Elasticsearch (the store module's real 9.2 node,
 * own index prefix): search, filters, paging, statistics, sources, corrections and errors must answer the same on
 * both backends.
 */
@MicronautTest
class ApiElasticsearchIT extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        return onElasticsearch(super.getProperties(), "api");
    }

    /** The settings of an embedded-store test moved to the shared node, under their own index prefix. */
    static Map<String, String> onElasticsearch(Map<String, String> embedded, String prefix) {
        Map<String, String> properties = new HashMap<>(embedded);
        properties.put("presswatch.store.backend", "elasticsearch");
        properties.put("presswatch.store.elasticsearch.url", ElasticsearchNode.shared().httpUrl());
        properties.put("presswatch.store.elasticsearch.index-prefix",
                prefix + "-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT).substring(0, 8));
        return properties;
    }
}
