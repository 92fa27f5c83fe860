package vn.presswatch.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text as the highlighter sees them: {@link TextAnalysis#folding()} tokens with their offsets
 * into the text and their positions, and the folded term of each token the query looks for (null for the rest,
 * so that a long text costs one pass of the tokenizer and a few int arrays, not a string per word).
 */
final class AnalysedText {
    final String text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    /** Position of each token, the first at its increment minus one, as in a Lucene index. */
    int[] position = new int[64];
    /** The folded term of a token the query may mark, else null. */
    String[] term = new String[64];

    private AnalysedText(String text) {
        this.text = text;
    }

    /** Analyses {@code text}, keeping the terms {@code terms} wants. */
    static AnalysedText of(String text, HighlightTerms terms) {
        AnalysedText t = new AnalysedText(text);
        try (TokenStream stream = TextAnalysis.folding().tokenStream("", text)) {
            CharTermAttribute termAtt = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsetAtt = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute incrementAtt = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int pos = -1;
            while (stream.incrementToken()) {
                pos += incrementAtt.getPositionIncrement();
                char[] buffer = termAtt.buffer();
                int length = termAtt.length();
                t.add(offsetAtt.startOffset(), offsetAtt.endOffset(), pos,
                        terms.wants(buffer, length) ? new String(buffer, 0, length) : null);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return t;
    }

    private void add(int from, int to, int pos, String folded) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            position = Arrays.copyOf(position, n);
            term = Arrays.copyOf(term, n);
        }
        start[size] = from;
        end[size] = to;
        position[size] = pos;
        term[size] = folded;
        size++;
    }
}
