package vn.presswatch.store.index;

import java.util.List;
import java.util.Locale;
import vn.presswatch.store.Facet;
import vn.presswatch.store.query.QueryField;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Names of the indexed fields, identical in the Lucene index and the Elasticsearch mapping. Each text field has
 * an exact twin (lower-cased, diacritics kept) and a {@code _folded} twin (diacritics removed in Java, because
 * Elasticsearch's minimal distribution has no asciifolding filter); both use the standard analyzer.
 */
public final class ArticleFields {
    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String ORIGIN = "origin";
    public static final String LANG = "lang";
    public static final String TONE = "tone";
    public static final String TOPIC = "topic";
    /** Locality as stored, for counting. */
    public static final String LOCALITY = "locality";
    /** Locality folded and lower-cased, for matching. */
    public static final String LOCALITY_KEY = "locality_key";
    public static final String CLUSTER = "cluster";
    /** {@code Article.reportTime()} in epoch milliseconds: points for ranges, doc values for sorting and histograms. */
    public static final String DATE = "date";
    public static final String TITLE = "title";
    public static final String LEAD = "lead";
    public static final String TEXT = "text";
    public static final String FOLDED_SUFFIX = "_folded";
    /** The whole article as JSON (Lucene only; Elasticsearch keeps it in {@code _source}). */
    public static final String SOURCE_JSON = "_source";

    /** Weight of a match in each text field. */
    public static final float TITLE_BOOST = 3f;
    public static final float LEAD_BOOST = 1.5f;
    public static final float TEXT_BOOST = 1f;
    /** Extra weight of a match with the diacritics as typed over a folded-only match. */
    public static final float EXACT_BOOST = 2f;

    private ArticleFields() {
    }

    /** A text field with its weight. */
    public record WeightedField(String name, float boost) {
        public String folded() {
            return name + FOLDED_SUFFIX;
        }
    }

    private static final WeightedField W_TITLE = new WeightedField(TITLE, TITLE_BOOST);
    private static final WeightedField W_LEAD = new WeightedField(LEAD, LEAD_BOOST);
    private static final WeightedField W_TEXT = new WeightedField(TEXT, TEXT_BOOST);

    /** The text fields a full-text query field covers. */
    public static List<WeightedField> textFields(QueryField field) {
        return switch (field) {
            case ANY -> List.of(W_TITLE, W_LEAD, W_TEXT);
            case TITLE -> List.of(W_TITLE);
            case TEXT -> List.of(W_LEAD, W_TEXT);
            default -> throw new IllegalArgumentException(field + " is not a text field");
        };
    }

    /**
     * The indexed form of a keyword value, used both when indexing and when querying: trimmed and lower-cased;
     * localities are also folded, so {@code locality:"hai phong"} finds "Hải Phòng".
     */
    public static String keywordValue(QueryField field, String value) {
        String trimmed = value.strip();
        return field == QueryField.LOCALITY ? VietnameseFolding.foldLower(trimmed) : trimmed.toLowerCase(Locale.ROOT);
    }

    /** The field whose values a facet counts (doc values in Lucene, a keyword field in Elasticsearch). */
    public static String facetField(Facet facet) {
        return switch (facet) {
            case TOPIC -> TOPIC;
            case SOURCE -> SOURCE;
            case TONE -> TONE;
            case LANGUAGE -> LANG;
            case LOCALITY -> LOCALITY;
            case ORIGIN -> ORIGIN;
        };
    }

    /** The keyword field a keyword query field searches. */
    public static String keywordField(QueryField field) {
        return switch (field) {
            case SOURCE -> SOURCE;
            case TOPIC -> TOPIC;
            case LANG -> LANG;
            case LOCALITY -> LOCALITY_KEY;
            case TONE -> TONE;
            default -> throw new IllegalArgumentException(field + " is not a keyword field");
        };
    }
}
