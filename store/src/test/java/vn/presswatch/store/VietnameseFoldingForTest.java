package vn.presswatch.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.presswatch.store.text.VietnameseFolding;

/** The folded, lower-cased words of an article, to compute expected matches independently of any index. */
final class VietnameseFoldingForTest {
    private VietnameseFoldingForTest() {
    }

    static Set<String> words(Article a) {
        String all = VietnameseFolding.fold(a.title() + " " + a.lead() + " " + a.text()).toLowerCase(Locale.ROOT);
        return Arrays.stream(all.split("[^\\p{L}\\p{N}]+")).collect(Collectors.toSet());
    }
}
