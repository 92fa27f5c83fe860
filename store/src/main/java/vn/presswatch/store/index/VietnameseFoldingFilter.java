package vn.presswatch.store.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.presswatch.store.text.VietnameseFolding;

/** Folds each token with {@link VietnameseFolding}; offsets stay those of the original text. */
final class VietnameseFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setLength(VietnameseFolding.foldInPlace(term.buffer(), 0, term.length()));
        return true;
    }
}
