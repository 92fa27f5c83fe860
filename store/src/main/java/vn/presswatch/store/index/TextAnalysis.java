package vn.presswatch.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the index. Text fields use Lucene's {@link StandardAnalyzer} (Unicode word breaks, lower case,
 * no stop words), which is exactly Elasticsearch's built-in {@code standard} analyzer, so both backends split
 * Vietnamese syllables and lower-case them the same way.
 */
public final class TextAnalysis {
    private static final Analyzer STANDARD = new StandardAnalyzer();
    /** Standard, then folded: tokens of the original text with offsets into it, for highlighting folded matches. */
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new VietnameseFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }
    };

    private TextAnalysis() {
    }

    /** The index and query analyzer of every text field (thread-safe). */
    public static Analyzer standard() {
        return STANDARD;
    }

    /** Standard tokens folded after tokenizing; offsets point into the unfolded text (thread-safe). */
    public static Analyzer folding() {
        return FOLDING;
    }

    /** The tokens {@link #standard()} makes of {@code text}. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = STANDARD.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }
}
