package vn.presswatch.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The features the topic and tone models see: Vietnamese syllables and syllable bigrams (compounds such as
 * "chủ quyền", "biển đảo" are two syllables), folded (lower case, no diacritics), the title's again under their
 * own names so that the title weighs more than the body, and one feature per taxonomy topic whose keyword hint
 * occurs. Folded only: text typed without diacritics then has the same features as text with them, and in
 * cross-validation the syllables as written, as extra features, made the models no better (and twice as large).
 * The body is cut after a few hundred syllables: the lead and first paragraphs say what an article is about, and
 * the cut bounds the cost.
 *
 * <p>The same features come in two encodings: names ({@link #of}), which the models are trained on, and numeric
 * codes ({@link #codes}), which the scorer looks up without building a string per feature. {@link #code} turns a
 * name into its code; both encodings come from one walk over the text, so they cannot drift apart.
 */
public final class TextFeatures {
    /** Syllables in the title that count; a headline is rarely longer. */
    private static final int MAX_TITLE_SYLLABLES = 64;
    /**
     * The strings and ids derived from a syllable are made once: a language has a few thousand syllables, and
     * building them again for every word was most of the cost of an article. Bounded, because foreign words and
     * numbers are unbounded; past the bound they are built each time, and new ones get no id (the models' own
     * syllables got theirs when the scorer was built, so the codes left out are codes no model knows).
     */
    private static final int CACHE_LIMIT = 100_000;
    private static final int NO_ID = -1;
    /** Bits of a code: the kind, then two syllable ids (or a topic index); ids stay below 2^29. */
    private static final int ID_BITS = 29;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    /** What a feature is; its name starts with the prefix. */
    enum Kind {
        WORD("f="), TITLE_WORD("tf="), BIGRAM("fb="), TITLE_BIGRAM("tfb="), HINT("h="), TITLE_HINT("th="),
        HEADLINE_ONLY("headline-only");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private final int maxBodySyllables;
    private final List<String> topicIds;
    /** Hint phrases, by their first folded syllable. */
    private final Map<String, List<Hint>> hints = new HashMap<>();
    private final Map<String, Syllable> syllableCache = new ConcurrentHashMap<>();
    /** Every folded syllable seen, numbered: the ids codes are made of. */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    /**
     * A syllable's folded form, the id its codes are made of, its unigram feature names, and the keyword hints
     * that start with it (null for none).
     */
    private record Syllable(String folded, int id, String word, String title, List<Hint> hints) {
    }

    /** A topic's keyword hint: its folded syllables, as ids. */
    private record Hint(int topic, int[] syllables) {
    }

    public TextFeatures(Taxonomy taxonomy, int maxBodySyllables) {
        this.maxBodySyllables = maxBodySyllables;
        this.topicIds = taxonomy.ids();
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            for (String phrase : topic.hints()) {
                List<String> syllables = syllables(phrase, Integer.MAX_VALUE);
                if (syllables.isEmpty()) {
                    continue;
                }
                String[] folded = syllables.stream().map(VietnameseFolding::foldLower).toArray(String[]::new);
                int[] ids = Arrays.stream(folded).mapToInt(f -> id(f, true)).toArray();
                hints.computeIfAbsent(folded[0], k -> new ArrayList<>())
                        .add(new Hint(topicIds.indexOf(topic.id()), ids));
            }
        }
    }

    public TextFeatures(Taxonomy taxonomy) {
        this(taxonomy, 400);
    }

    /** The features of an article by name, each once, in no particular order. */
    public String[] of(String title, String text) {
        Set<String> names = new HashSet<>(2048);
        walk(title, text, new Sink() {
            @Override
            public void unigram(boolean inTitle, Syllable s) {
                names.add(inTitle ? s.title() : s.word());
            }

            @Override
            public void bigram(boolean inTitle, Syllable p, Syllable s) {
                names.add((inTitle ? Kind.TITLE_BIGRAM : Kind.BIGRAM).prefix + p.folded() + "_" + s.folded());
            }

            @Override
            public void hint(boolean inTitle, int topic) {
                names.add((inTitle ? Kind.TITLE_HINT : Kind.HINT).prefix + topicIds.get(topic));
            }

            @Override
            public void headlineOnly() {
                names.add(Kind.HEADLINE_ONLY.prefix);
            }
        });
        return names.toArray(String[]::new);
    }

    /**
     * The features of an article as codes (see {@link #code}), possibly repeated, in no particular order; empty
     * when the title and text have no word at all. Features of syllables past the cache bound are left out: no
     * model can know them.
     */
    long[] codes(String title, String text) {
        CodeSink sink = new CodeSink();
        walk(title, text, sink);
        return sink.words == 0 ? new long[0] : Arrays.copyOf(sink.codes, sink.size);
    }

    /**
     * The code of a feature name made by {@link #of}, or -1 for a name it cannot make (a hint of a topic this
     * taxonomy lacks). Remembers the name's syllables, so that {@link #codes} gives them the same ids.
     */
    long code(String name) {
        for (Kind kind : Kind.values()) {
            if (!name.startsWith(kind.prefix)) {
                continue;
            }
            String rest = name.substring(kind.prefix.length());
            switch (kind) {
                case HEADLINE_ONLY:
                    return rest.isEmpty() ? code(kind, 0, 0) : -1;
                case HINT:
                case TITLE_HINT:
                    int topic = topicIds.indexOf(rest);
                    return topic < 0 ? -1 : code(kind, topic, 0);
                case BIGRAM:
                case TITLE_BIGRAM:
                    int cut = rest.indexOf('_');
                    if (cut <= 0 || cut == rest.length() - 1) {
                        return -1;
                    }
                    return code(kind, id(rest.substring(0, cut), true), id(rest.substring(cut + 1), true));
                default:
                    return rest.isEmpty() ? -1 : code(kind, id(rest, true), 0);
            }
        }
        return -1;
    }

    private static long code(Kind kind, int a, int b) {
        return (long) kind.ordinal() << (2 * ID_BITS) | (a & ID_MASK) << ID_BITS | (b & ID_MASK);
    }

    /** Receives every feature of an article, as the syllables it is made of. */
    private interface Sink {
        void unigram(boolean inTitle, Syllable s);

        void bigram(boolean inTitle, Syllable p, Syllable s);

        void hint(boolean inTitle, int topic);

        void headlineOnly();
    }

    /** Collects codes into a growing array; skips syllables without an id. */
    private static final class CodeSink implements Sink {
        long[] codes = new long[2048];
        int size;
        int words;

        private void add(long code) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
        }

        @Override
        public void unigram(boolean inTitle, Syllable s) {
            words++;
            if (s.id() >= 0) {
                add(code(inTitle ? Kind.TITLE_WORD : Kind.WORD, s.id(), 0));
            }
        }

        @Override
        public void bigram(boolean inTitle, Syllable p, Syllable s) {
            if (p.id() >= 0 && s.id() >= 0) {
                add(code(inTitle ? Kind.TITLE_BIGRAM : Kind.BIGRAM, p.id(), s.id()));
            }
        }

        @Override
        public void hint(boolean inTitle, int topic) {
            add(code(inTitle ? Kind.TITLE_HINT : Kind.HINT, topic, 0));
        }

        @Override
        public void headlineOnly() {
            add(code(Kind.HEADLINE_ONLY, 0, 0));
        }
    }

    /** The topic of a keyword hint's code, in the title ({@code inTitle}) or in the body; -1 for other codes. */
    static int hintTopic(long code, boolean inTitle) {
        int kind = (int) (code >>> (2 * ID_BITS));
        Kind wanted = inTitle ? Kind.TITLE_HINT : Kind.HINT;
        return kind == wanted.ordinal() ? (int) ((code >>> ID_BITS) & ID_MASK) : -1;
    }

    private void walk(String title, String text, Sink sink) {
        Syllable[] head = derive(syllables(title == null ? "" : title, MAX_TITLE_SYLLABLES));
        Syllable[] body = derive(syllables(text == null ? "" : text, maxBodySyllables));
        grams(head, true, sink);
        grams(head, false, sink);
        grams(body, false, sink);
        hints(head, true, sink);
        hints(body, false, sink);
        if (body.length == 0) {
            sink.headlineOnly();
        }
    }

    private Syllable[] derive(List<String> syllables) {
        Syllable[] out = new Syllable[syllables.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = syllable(syllables.get(i));
        }
        return out;
    }

    /** The syllable with its names and id; cached once it has an id and while the cache has room. */
    private Syllable syllable(String s) {
        Syllable cached = syllableCache.get(s);
        if (cached != null) {
            return cached;
        }
        String folded = VietnameseFolding.foldLower(s);
        Syllable made = new Syllable(folded, id(folded, false), Kind.WORD.prefix + folded,
                Kind.TITLE_WORD.prefix + folded, hints.get(folded));
        if (made.id() != NO_ID && syllableCache.size() < CACHE_LIMIT) {
            Syllable raced = syllableCache.putIfAbsent(s, made);
            return raced != null ? raced : made;
        }
        return made;
    }

    /**
     * The id of a folded syllable: new ones get the next id, always when {@code keep} (a model's vocabulary must
     * have ids), otherwise while there is room; NO_ID when there is none.
     */
    private int id(String syllable, boolean keep) {
        Integer id = ids.get(syllable);
        if (id != null) {
            return id;
        }
        if (!keep && ids.size() >= CACHE_LIMIT) {
            return NO_ID;
        }
        int made = ids.computeIfAbsent(syllable, k -> nextId.getAndIncrement());
        if (made > ID_MASK) {
            throw new IllegalStateException("more syllable ids than a feature code can hold");
        }
        return made;
    }

    /** Unigrams and bigrams, under the title's names or the body's. */
    private static void grams(Syllable[] syllables, boolean inTitle, Sink sink) {
        for (int i = 0; i < syllables.length; i++) {
            sink.unigram(inTitle, syllables[i]);
            if (i > 0) {
                sink.bigram(inTitle, syllables[i - 1], syllables[i]);
            }
        }
    }

    private static void hints(Syllable[] syllables, boolean inTitle, Sink sink) {
        for (int i = 0; i < syllables.length; i++) {
            if (syllables[i].hints() == null) {
                continue;
            }
            for (Hint hint : syllables[i].hints()) {
                if (matchesAt(syllables, i, hint.syllables())) {
                    sink.hint(inTitle, hint.topic());
                }
            }
        }
    }

    /** Whether the hint's syllables follow from {@code start} (whose first syllable is known to match). */
    private static boolean matchesAt(Syllable[] text, int start, int[] hint) {
        if (start + hint.length > text.length) {
            return false;
        }
        for (int j = 1; j < hint.length; j++) {
            if (text[start + j].id() != hint[j]) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case NFC runs of letters and digits, at most {@code max} of them. */
    static List<String> syllables(String text, int max) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(16);
        for (int i = 0; i < s.length() && out.size() < max; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                current.appendCodePoint(Character.toLowerCase(cp));
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0 && out.size() < max) {
            out.add(current.toString());
        }
        return out;
    }
}
