package vn.presswatch.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.Launcher;
import vn.presswatch.store.elasticsearch.ElasticsearchStoreSettings;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** How application.yml and the environment choose and configure the store, without starting a server. */
class StoreFactoryTest {

    @TempDir
    Path dataDir;

    @Test
    void applicationYmlDefaultsAreTheStoresDefaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("presswatch.data-dir", dataDir.toString()),
                Environment.TEST)) {
            assertThat(context.getBean(EmbeddedStoreProperties.class).toSettings(dataDir))
                    .isEqualTo(LuceneStoreSettings.defaults(dataDir));
            assertThat(context.getBean(ElasticsearchStoreProperties.class).toSettings())
                    .isEqualTo(ElasticsearchStoreSettings.defaults(ElasticsearchStoreProperties.DEFAULT_URL));
        }
    }

    @Test
    void elasticsearchSettingsAreBound() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("presswatch.store.elasticsearch.url", "http://es1:9200, http://es2:9200");
        properties.put("presswatch.store.elasticsearch.username", "presswatch");
        properties.put("presswatch.store.elasticsearch.password", "bí mật");
        properties.put("presswatch.store.elasticsearch.index-prefix", "haiphong");
        properties.put("presswatch.store.elasticsearch.replicas", "1");
        properties.put("presswatch.store.elasticsearch.request-timeout", "2m");
        properties.put("presswatch.data-dir", dataDir.toString());
        try (ApplicationContext context = ApplicationContext.run(properties, Environment.TEST)) {
            ElasticsearchStoreProperties bound = context.getBean(ElasticsearchStoreProperties.class);
            ElasticsearchStoreSettings settings = bound.toSettings();

            assertThat(settings.urls()).extracting(Object::toString).containsExactly("http://es1:9200", "http://es2:9200");
            assertThat(settings.username()).isEqualTo("presswatch");
            assertThat(settings.password()).isEqualTo("bí mật");
            assertThat(settings.indexPrefix()).isEqualTo("haiphong");
            assertThat(settings.replicas()).isEqualTo(1);
            assertThat(settings.requestTimeout()).hasMinutes(2);
            assertThat(bound.toString()).doesNotContain("bí mật");
        }
    }

    @Test
    void anUnknownBackendStopsTheStartWithAClearMessage() {
        assertThat(startFailure(Map.of("presswatch.store.backend", "elastic")))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(
                        "presswatch.store.backend must be 'embedded' or 'elasticsearch', not 'elastic'"));
    }

    @Test
    void aWrongElasticsearchSettingStopsTheStartNamingIt() {
        assertThat(startFailure(Map.of("presswatch.store.backend", "elasticsearch",
                "presswatch.store.elasticsearch.index-prefix", "Hai Phong")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("presswatch.store.elasticsearch: index prefix"));
    }

    @Test
    void anUnreachableElasticsearchStopsTheStart() {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        assertThat(startFailure(Map.of("presswatch.store.backend", "elasticsearch",
                "presswatch.store.elasticsearch.url", "http://127.0.0.1:9", "presswatch.store.elasticsearch.max-retries", "0")))
                .hasValueSatisfying(m -> assertThat(m).contains("127.0.0.1:9"));
    }

    /** The one-line message the launcher would print for a start with these properties. */
    private Optional<String> startFailure(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("presswatch.data-dir", dataDir.toString());
        try (ApplicationContext context = ApplicationContext.run(properties, Environment.TEST)) {
            throw new AssertionError("the application started with " + extra + ": " + context.getBean(
                    vn.presswatch.store.ArticleStore.class).describe());
        } catch (RuntimeException e) {
            return Launcher.userMessage(e);
        }
    }
}
