package vn.presswatch.store.index;

import static vn.presswatch.store.index.ArticleFields.FOLDED_SUFFIX;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.presswatch.store.Article;
import vn.presswatch.store.TopicScore;
import vn.presswatch.store.internal.Json;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.text.VietnameseFolding;

/** Turns an {@link Article} into the Lucene document of the embedded index and of the saved-query matcher. */
public final class ArticleDocuments {

    private ArticleDocuments() {
    }

    /** The term that identifies an article's document, for updates and deletes. */
    public static Term idTerm(String id) {
        return new Term(ArticleFields.ID, id);
    }

    /**
     * The indexed document.
     *
     * @param storeSource whether to store the article JSON (the index needs it; the in-memory matcher does not)
     */
    public static Document toDocument(Article article, boolean storeSource) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, article.id(), Field.Store.NO));
        keyword(doc, ArticleFields.SOURCE, keyword(QueryField.SOURCE, article.sourceId()));
        keyword(doc, ArticleFields.ORIGIN, article.origin().id());
        if (article.language() != null) {
            keyword(doc, ArticleFields.LANG, keyword(QueryField.LANG, article.language()));
        }
        if (article.tone() != null) {
            keyword(doc, ArticleFields.TONE, article.tone().id());
        }
        for (TopicScore topic : article.topics()) {
            String value = keyword(QueryField.TOPIC, topic.topic());
            doc.add(new StringField(ArticleFields.TOPIC, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ArticleFields.TOPIC, new BytesRef(value)));
        }
        for (String locality : article.localities()) {
            doc.add(new StringField(ArticleFields.LOCALITY_KEY, keyword(QueryField.LOCALITY, locality), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ArticleFields.LOCALITY, new BytesRef(locality)));
        }
        if (article.clusterId() != null) {
            doc.add(new StringField(ArticleFields.CLUSTER, article.clusterId(), Field.Store.NO));
        }
        long millis = article.reportTime().toEpochMilli();
        doc.add(new LongPoint(ArticleFields.DATE, millis));
        doc.add(new NumericDocValuesField(ArticleFields.DATE, millis));
        text(doc, ArticleFields.TITLE, article.title());
        text(doc, ArticleFields.LEAD, article.lead());
        text(doc, ArticleFields.TEXT, article.text());
        if (storeSource) {
            doc.add(new StoredField(ArticleFields.SOURCE_JSON, Json.toBytes(article)));
        }
        return doc;
    }

    /** Reads back the article stored in {@link ArticleFields#SOURCE_JSON}. */
    public static Article fromStored(BytesRef json) {
        return Json.fromBytes(json.bytes, json.offset, json.length, Article.class);
    }

    private static String keyword(QueryField field, String value) {
        return ArticleFields.keywordValue(field, value);
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void text(Document doc, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        doc.add(new TextField(field, value, Field.Store.NO));
        doc.add(new TextField(field + FOLDED_SUFFIX, VietnameseFolding.fold(value), Field.Store.NO));
    }
}
