package vn.presswatch.store.elasticsearch;

import static vn.presswatch.store.index.ArticleFields.FOLDED_SUFFIX;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.presswatch.store.Article;
import vn.presswatch.store.TopicScore;
import vn.presswatch.store.index.ArticleFields;
import vn.presswatch.store.internal.Json;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Turns an {@link Article} into the JSON document of the articles index, field for field as {@code
 * ArticleDocuments} builds the embedded index's document. Written straight to bytes with Jackson's streaming API
 * (and sent to the bulk API as raw bytes): an import writes thousands per second, so no intermediate tree.
 */
final class EsArticleDocuments {

    private EsArticleDocuments() {
    }

    /** What the store reads back from {@code _source}: only the article (the other fields are derived). */
    record StoredArticle(Article article) {
    }

    /** The document's JSON, UTF-8. */
    static byte[] toJson(Article article) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(estimateSize(article));
             JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField(ArticleFields.ID, article.id());
            g.writeStringField(ArticleFields.SOURCE, keyword(QueryField.SOURCE, article.sourceId()));
            g.writeStringField(ArticleFields.ORIGIN, article.origin().id());
            if (article.language() != null) {
                g.writeStringField(ArticleFields.LANG, keyword(QueryField.LANG, article.language()));
            }
            if (article.tone() != null) {
                g.writeStringField(ArticleFields.TONE, article.tone().id());
            }
            if (!article.topics().isEmpty()) {
                g.writeArrayFieldStart(ArticleFields.TOPIC);
                for (TopicScore topic : article.topics()) {
                    g.writeString(keyword(QueryField.TOPIC, topic.topic()));
                }
                g.writeEndArray();
            }
            if (!article.localities().isEmpty()) {
                g.writeArrayFieldStart(ArticleFields.LOCALITY);
                for (String locality : article.localities()) {
                    g.writeString(locality);
                }
                g.writeEndArray();
                Set<String> keys = new LinkedHashSet<>();
                article.localities().forEach(l -> keys.add(keyword(QueryField.LOCALITY, l)));
                g.writeArrayFieldStart(ArticleFields.LOCALITY_KEY);
                for (String key : keys) {
                    g.writeString(key);
                }
                g.writeEndArray();
            }
            if (article.clusterId() != null) {
                g.writeStringField(ArticleFields.CLUSTER, article.clusterId());
            }
            g.writeNumberField(ArticleFields.DATE, article.reportTime().toEpochMilli());
            text(g, ArticleFields.TITLE, article.title());
            text(g, ArticleFields.LEAD, article.lead());
            text(g, ArticleFields.TEXT, article.text());
            g.writeFieldName(EsMappings.ARTICLE);
            Json.mapper().writeValue(g, article);
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    private static int estimateSize(Article article) {
        // Each text twice in the indexed fields and once in the article, plus a little for the rest.
        return 3 * (article.title().length() + article.lead().length() + article.text().length()) + 1024;
    }

    private static String keyword(QueryField field, String value) {
        return ArticleFields.keywordValue(field, value);
    }

    /** A text field and its folded twin; an empty text is left out, as in the embedded index. */
    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        g.writeStringField(field, value);
        g.writeStringField(field + FOLDED_SUFFIX, VietnameseFolding.fold(value));
    }
}
