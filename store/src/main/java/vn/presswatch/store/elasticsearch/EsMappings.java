package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.index.ArticleFields;

/**
 * Creates the store's indexes when they are missing, with explicit, strict mappings. Each index is created with a
 * generation suffix ({@code -000001}) behind an alias, and the store only ever uses the alias, so a later version
 * can reindex into {@code -000002} and swap the alias without the store noticing.
 */
final class EsMappings {
    private static final Logger LOG = LoggerFactory.getLogger(EsMappings.class);
    static final String FIRST_GENERATION = "-000001";

    /** The article as the store wrote it: the truth that reads return; not indexed. */
    static final String ARTICLE = "article";

    /** Record fields; see {@link ElasticsearchRecordCollection}. */
    static final String RECORD_TYPE = "type";
    static final String RECORD_ID = "id";
    static final String RECORD_KEY = "key";
    static final String RECORD_ATTR = "attr";
    static final String RECORD_JSON = "record";

    /** The analysed text fields and their folded twins: kept out of {@code _source} (the article has the text). */
    static final List<String> TEXT_FIELDS = List.of(
            ArticleFields.TITLE, ArticleFields.TITLE + ArticleFields.FOLDED_SUFFIX,
            ArticleFields.LEAD, ArticleFields.LEAD + ArticleFields.FOLDED_SUFFIX,
            ArticleFields.TEXT, ArticleFields.TEXT + ArticleFields.FOLDED_SUFFIX);

    private EsMappings() {
    }

    /** Creates the articles and records indexes with their aliases unless the aliases exist. */
    static void ensureIndexes(ElasticsearchClient client, ElasticsearchStoreSettings settings, EsErrors errors) {
        ensure(client, settings, errors, settings.articlesAlias(), articlesMapping());
        ensure(client, settings, errors, settings.recordsAlias(), recordsMapping());
    }

    private static void ensure(ElasticsearchClient client, ElasticsearchStoreSettings settings, EsErrors errors,
                               String alias, TypeMapping mapping) {
        boolean exists = errors.call("cannot check for the index " + alias,
                () -> client.indices().existsAlias(a -> a.name(alias)).value());
        if (exists) {
            return;
        }
        String index = alias + FIRST_GENERATION;
        try {
            errors.call("cannot create the index " + index, () -> client.indices().create(c -> c
                    .index(index)
                    .aliases(alias, a -> a.isWriteIndex(true))
                    .settings(s -> s
                            .numberOfShards(Integer.toString(settings.shards()))
                            .numberOfReplicas(Integer.toString(settings.replicas())))
                    .mappings(mapping)));
            LOG.info("Created Elasticsearch index {} behind alias {}", index, alias);
        } catch (RuntimeException e) {
            // Another instance may have created it between our check and our request: that is fine.
            if (e.getCause() instanceof ElasticsearchException es && es.error() != null
                    && "resource_already_exists_exception".equals(es.error().type())) {
                LOG.info("Elasticsearch index {} was created concurrently by another instance", index);
                return;
            }
            throw e;
        }
    }

    /**
     * Mirrors {@link ArticleFields} and {@code ArticleDocuments}: keyword fields for exact values and facets, the
     * report time as epoch milliseconds, each text field and its folded twin with the built-in {@code standard}
     * analyzer (the same as the embedded index's StandardAnalyzer), and the article itself, stored but not indexed.
     */
    static TypeMapping articlesMapping() {
        TypeMapping.Builder m = new TypeMapping.Builder().dynamic(DynamicMapping.Strict);
        for (String keyword : List.of(ArticleFields.ID, ArticleFields.SOURCE, ArticleFields.ORIGIN, ArticleFields.LANG,
                ArticleFields.TONE, ArticleFields.TOPIC, ArticleFields.LOCALITY, ArticleFields.LOCALITY_KEY,
                ArticleFields.CLUSTER)) {
            m.properties(keyword, Property.of(p -> p.keyword(k -> k)));
        }
        m.properties(ArticleFields.DATE, Property.of(p -> p.date(d -> d.format("epoch_millis"))));
        for (String text : TEXT_FIELDS) {
            m.properties(text, Property.of(p -> p.text(t -> t.analyzer("standard"))));
        }
        m.properties(ARTICLE, Property.of(p -> p.object(o -> o.enabled(false))));
        m.source(s -> s.excludes(TEXT_FIELDS));
        return m.build();
    }

    /**
     * One document per record: its kind, id and {@code kind:id} key as keywords, the indexed attributes under
     * {@code attr.<name>} (mapped dynamically to keywords by a template, since attribute names come from code and the
     * rest of the mapping is strict), and the record's JSON, stored but not indexed.
     */
    static TypeMapping recordsMapping() {
        DynamicTemplate attributes = DynamicTemplate.of(t -> t
                .pathMatch(RECORD_ATTR + ".*")
                .mapping(p -> p.keyword(k -> k)));
        return new TypeMapping.Builder()
                .dynamic(DynamicMapping.Strict)
                .dynamicTemplates(List.of(NamedValue.of("attributes_as_keywords", attributes)))
                .properties(Map.of(
                        RECORD_TYPE, Property.of(p -> p.keyword(k -> k)),
                        RECORD_ID, Property.of(p -> p.keyword(k -> k)),
                        RECORD_KEY, Property.of(p -> p.keyword(k -> k)),
                        RECORD_ATTR, Property.of(p -> p.object(o -> o.dynamic(DynamicMapping.True))),
                        RECORD_JSON, Property.of(p -> p.object(o -> o.enabled(false)))))
                .build();
    }
}
