package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.presswatch.store.Article;

/**
 * Finds the provinces, communes and office-defined places a Vietnamese or English press article is about.
 *
 * <p>Names are matched on syllables with and without diacritics ("Hải Phòng", "Hai Phong", "HẢI PHÒNG",
 * "Haiphong"), former names map to the units that absorbed them (Hải Dương to Hải Phòng), and a set of rules keeps
 * out words that only look like places (peace, a street, a person); the README next to the gazetteer lists them.
 *
 * <p>Immutable and thread-safe once built; building reads the gazetteer and compiles a trie (tens of
 * milliseconds), so build one and share it.
 */
public final class LocalityMatcher {

    private final Gazetteer gazetteer;
    private final NameIndex index;
    private final boolean[] homeProvinces;

    /**
     * Settings.
     *
     * @param customLocalities places the office adds (villages, landmarks, OCOP products); ids must be unique.
     *                         Default none
     * @param homeProvinceIds  GSO codes of the provinces an ambiguous commune name resolves to when the article
     *                         itself names no province (an office's own province, for local outlets that take it
     *                         for granted). Default none: such names are dropped
     */
    public record Settings(List<CustomLocality> customLocalities, Set<String> homeProvinceIds) {

        public Settings {
            customLocalities = List.copyOf(Objects.requireNonNullElse(customLocalities, List.of()));
            homeProvinceIds = Set.copyOf(Objects.requireNonNullElse(homeProvinceIds, Set.of()));
        }

        /** No custom localities and no home province. */
        public static Settings defaults() {
            return new Settings(List.of(), Set.of());
        }

        public Settings withCustomLocalities(List<CustomLocality> values) {
            return new Settings(values, homeProvinceIds);
        }

        public Settings withHomeProvinceIds(Set<String> values) {
            return new Settings(customLocalities, values);
        }
    }

    /** A matcher over the bundled gazetteer. */
    public LocalityMatcher(Settings settings) {
        this(Gazetteer.bundled(), settings);
    }

    /**
     * A matcher over the given gazetteer.
     *
     * @throws IllegalArgumentException when a custom locality's parent or a home province is not in the
     *                                  gazetteer, or two custom localities have the same id
     */
    public LocalityMatcher(Gazetteer gazetteer, Settings settings) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(settings, "settings");
        Set<String> ids = new HashSet<>();
        for (CustomLocality custom : settings.customLocalities()) {
            if (!ids.add(custom.id())) {
                throw new IllegalArgumentException("Hai địa danh tự thêm trùng mã (two custom localities have the"
                        + " same id): " + custom.id());
            }
        }
        this.gazetteer = gazetteer;
        index = new NameIndex(gazetteer, CuratedNames.bundled(), settings.customLocalities());
        homeProvinces = new boolean[index.provinces.size()];
        for (String code : settings.homeProvinceIds()) {
            int p = index.provinceIndex(code);
            if (p < 0) {
                throw new IllegalArgumentException("Mã tỉnh, thành phố không có trong danh mục (home province is not"
                        + " a province code): " + code);
            }
            homeProvinces[p] = true;
        }
    }

    /**
     * The localities the article is about, most prominent first (mentioned in the title, then by mentions, then
     * by first mention). A commune or custom locality brings its province (and a custom locality its commune)
     * with it, with the mentions added up.
     *
     * @param title the headline; null for none
     * @param text  the lead and body; null for none
     * @return the matches; empty when there are none
     */
    public List<LocalityMatch> match(String title, String text) {
        TokenizedText tokens = TokenizedText.of(title, text, index.syllables);
        Tallies tallies = new MatchRun(index, tokens, homeProvinces).run();
        return collect(tallies);
    }

    /**
     * The values to store in {@link Article#localities()} for these matches, in their order, each once, at most
     * {@link Article#MAX_LOCALITIES}: see {@link LocalityMatch#storedValue()}.
     */
    public static List<String> storedValues(List<LocalityMatch> matches) {
        Set<String> values = new LinkedHashSet<>();
        for (LocalityMatch match : matches) {
            if (values.size() == Article.MAX_LOCALITIES) {
                break;
            }
            values.add(match.storedValue());
        }
        return List.copyOf(values);
    }

    /** {@link #match} then {@link #storedValues}. */
    public List<String> storedValues(String title, String text) {
        return storedValues(match(title, text));
    }

    /** The gazetteer this matcher uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private List<LocalityMatch> collect(Tallies tallies) {
        Map<String, Total> totals = new LinkedHashMap<>();
        for (Tallies.Tally tally : tallies.all()) {
            switch (tally.kind()) {
                case Tallies.PROVINCE -> province(totals, tally.index()).add(tally);
                case Tallies.COMMUNE -> {
                    commune(totals, tally.index()).add(tally);
                    province(totals, index.communeProvince[tally.index()]).add(tally);
                }
                default -> {
                    int k = tally.index();
                    CustomLocality custom = index.customs.get(k);
                    int p = index.customProvince[k];
                    totals.computeIfAbsent(custom.id(), id -> new Total(id, custom.name(), LocalityLevel.CUSTOM,
                            p < 0 ? null : index.provinces.get(p), custom.parentId())).add(tally);
                    if (index.customCommune[k] >= 0) {
                        commune(totals, index.customCommune[k]).add(tally);
                    }
                    if (p >= 0) {
                        province(totals, p).add(tally);
                    }
                }
            }
        }
        List<Total> sorted = new ArrayList<>(totals.values());
        sorted.sort(Comparator.comparing((Total x) -> !x.inTitle)
                .thenComparing(x -> -x.mentions)
                .thenComparingInt(x -> x.first)
                .thenComparing(x -> x.level));
        List<LocalityMatch> matches = new ArrayList<>(sorted.size());
        for (Total total : sorted) {
            matches.add(total.toMatch());
        }
        return List.copyOf(matches);
    }

    private Total province(Map<String, Total> totals, int p) {
        Province province = index.provinces.get(p);
        return totals.computeIfAbsent(province.code(),
                code -> new Total(code, province.shortName(), LocalityLevel.PROVINCE, province, null));
    }

    private Total commune(Map<String, Total> totals, int c) {
        Commune commune = index.communes.get(c);
        Province province = index.provinces.get(index.communeProvince[c]);
        return totals.computeIfAbsent(commune.code(), code -> new Total(code, commune.fullName(),
                LocalityLevel.COMMUNE, province, province.code()));
    }

    /** A locality's mentions added up over itself and the places in it. */
    private static final class Total {
        final String id;
        final String name;
        final LocalityLevel level;
        final Province province;
        final String parentId;
        int mentions;
        boolean inTitle;
        int first = Integer.MAX_VALUE;

        Total(String id, String name, LocalityLevel level, Province province, String parentId) {
            this.id = id;
            this.name = name;
            this.level = level;
            this.province = province;
            this.parentId = parentId;
        }

        void add(Tallies.Tally tally) {
            mentions += tally.mentions();
            inTitle |= tally.inTitle();
            first = Math.min(first, tally.first());
        }

        LocalityMatch toMatch() {
            return new LocalityMatch(id, name, level, province == null ? null : province.code(),
                    province == null ? null : province.shortName(), parentId, mentions, inTitle);
        }
    }
}
