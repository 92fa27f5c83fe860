package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every name the matcher knows, compiled for matching: the syllable table, the trie of names and, at each name,
 * what it can mean. Built once per {@link LocalityMatcher}; immutable afterwards.
 *
 * <p>Names come from the gazetteer (provinces by short, ASCII and English names; communes; former provinces,
 * communes and districts), from {@code curated-names.tsv} and from the office's custom localities.
 */
final class NameIndex {

    /** The unit-type words a former unit's name starts with, longest first. */
    private static final String[] FORMER_TYPES = {"thị trấn", "thị xã", "phường", "huyện", "xã"};

    final List<Province> provinces;
    final List<Commune> communes;
    final List<CustomLocality> customs;
    /** The province index of each commune. */
    final int[] communeProvince;
    /** The province index of each custom locality, or -1. */
    final int[] customProvince;
    /** The commune index of each custom locality whose parent is a commune, or -1. */
    final int[] customCommune;
    final SyllableTable syllables;
    final NameTrie trie;
    final List<NameEntry> entries;
    /** Context words by the syllable id they end with, longest first (null for none): looked up before a name. */
    final ContextWords.Compiled[][] wordsEndingWith;
    /** Context words by the syllable id they start with, longest first (null for none): looked up after a name. */
    final ContextWords.Compiled[][] wordsStartingWith;
    /** Syllable ids of the unit words (xã, phường, tỉnh, TP ...), which may stand between linked names. */
    final boolean[] unitWords;
    final int maxSyllables;
    /** By syllable id: some name starting with it may be written in lower case ("bánh đa cua Đồ Sơn"). */
    final boolean[] lowercaseStart;
    /** Whether any name may start in lower case; usually none does, and then lower-case words are skipped. */
    final boolean anyLowercaseStart;

    private final Map<String, Integer> provinceIndex;

    NameIndex(Gazetteer gazetteer, CuratedNames curated, List<CustomLocality> customs) {
        this.provinces = gazetteer.provinces();
        this.communes = gazetteer.communes();
        this.customs = List.copyOf(customs);
        provinceIndex = new HashMap<>();
        for (int p = 0; p < provinces.size(); p++) {
            provinceIndex.put(provinces.get(p).code(), p);
        }
        Map<String, Integer> communeIndex = new HashMap<>();
        communeProvince = new int[communes.size()];
        for (int c = 0; c < communes.size(); c++) {
            communeIndex.put(communes.get(c).code(), c);
            communeProvince[c] = provinceIndex.get(communes.get(c).provinceCode());
        }

        Names names = new Names();
        addProvinces(names);
        addCommunes(names);
        for (FormerDistrict district : gazetteer.formerDistricts()) {
            names.add(district.name(), Sense.of(Sense.Kind.FORMER_DISTRICT, provinceIndex.get(district.provinceCode()),
                    exact(district.name()), district.type()));
        }
        addCurated(names, curated, communeIndex);

        customProvince = new int[this.customs.size()];
        customCommune = new int[this.customs.size()];
        for (int k = 0; k < this.customs.size(); k++) {
            CustomLocality custom = this.customs.get(k);
            String parent = custom.parentId();
            Integer commune = parent == null ? null : communeIndex.get(parent);
            Integer province = parent == null ? null : provinceIndex.get(parent);
            if (parent != null && commune == null && province == null) {
                throw new IllegalArgumentException("Mã đơn vị hành chính cha không có trong danh mục"
                        + " (parentId is not a province or commune code): " + parent + " for " + custom.name());
            }
            customCommune[k] = commune == null ? -1 : commune;
            customProvince[k] = commune != null ? communeProvince[commune] : province == null ? -1 : province;
            List<String> forms = new ArrayList<>(custom.aliases());
            forms.add(0, custom.name());
            for (String form : forms) {
                names.add(form, Sense.of(Sense.Kind.CUSTOM, k, customExact(form), ""));
            }
        }

        requireQualifierForCommonSingleWords(names);

        SyllableTable.Builder table = new SyllableTable.Builder();
        List<String> keys = new ArrayList<>(names.senses.keySet());
        List<int[]> paths = new ArrayList<>();
        int longest = 0;
        for (String key : keys) {
            String[] parts = key.split(" ");
            int[] path = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                path[i] = table.add(parts[i]);
            }
            paths.add(path);
            longest = Math.max(longest, parts.length);
        }
        List<ContextWords.Word> words = new ArrayList<>(ContextWords.WORDS);
        words.sort(Comparator.comparingInt((ContextWords.Word w) -> -Syllables.split(w.text()).size()));
        List<int[]> wordIds = new ArrayList<>();
        for (ContextWords.Word word : words) {
            List<String> parts = Syllables.split(word.text());
            int[] ids = new int[parts.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = table.add(Syllables.folded(parts.get(i)));
            }
            wordIds.add(ids);
        }
        syllables = table.build();

        NameTrie.Builder trieBuilder = new NameTrie.Builder();
        List<NameEntry> built = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int node = trieBuilder.node(paths.get(i));
            trieBuilder.setEntry(node, built.size());
            trieBuilder.markLowercase(paths.get(i), names.lowercaseOk.get(key));
            built.add(new NameEntry(names.senses.get(key), names.lowercaseOk.get(key)));
        }
        trie = trieBuilder.build(syllables.size());
        lowercaseStart = new boolean[syllables.size()];
        boolean anyLower = false;
        for (int i = 0; i < keys.size(); i++) {
            if ((names.lowercaseOk.get(keys.get(i)) & 1) != 0) {
                lowercaseStart[paths.get(i)[0]] = true;
                anyLower = true;
            }
        }
        anyLowercaseStart = anyLower;
        entries = List.copyOf(built);
        maxSyllables = longest;

        List<List<ContextWords.Compiled>> ending = new ArrayList<>();
        List<List<ContextWords.Compiled>> starting = new ArrayList<>();
        for (int id = 0; id < syllables.size(); id++) {
            ending.add(null);
            starting.add(null);
        }
        unitWords = new boolean[syllables.size()];
        for (int i = 0; i < words.size(); i++) {
            ContextWords.Word word = words.get(i);
            List<String> parts = Syllables.split(word.text());
            String[] exact = new String[parts.size()];
            for (int j = 0; j < exact.length; j++) {
                exact[j] = Syllables.exact(parts.get(j));
            }
            int[] ids = wordIds.get(i);
            ContextWords.Compiled compiled = new ContextWords.Compiled(word, ids, exact);
            if (ending.get(ids[ids.length - 1]) == null) {
                ending.set(ids[ids.length - 1], new ArrayList<>());
            }
            ending.get(ids[ids.length - 1]).add(compiled);
            if (starting.get(ids[0]) == null) {
                starting.set(ids[0], new ArrayList<>());
            }
            starting.get(ids[0]).add(compiled);
            if (word.role().name().endsWith("_UNIT")) {
                for (int id : wordIds.get(i)) {
                    unitWords[id] = true;
                }
            }
        }
        wordsEndingWith = toArrays(ending);
        wordsStartingWith = toArrays(starting);
    }

    /**
     * A one-word name is usually also a word or a given name ("Thanh", "Hiếu", "Bưởi", "Phường 11" written as
     * "11"), so it needs a unit word or a linked province, like the curated names. Exempt are provinces (Huế),
     * custom localities, and words no Vietnamese writer uses otherwise: at least four letters, not a number, and
     * not a syllable of any longer name (Pleiku, Đakrông, M'Drắk).
     */
    private static void requireQualifierForCommonSingleWords(Names names) {
        Set<String> inLongerNames = new HashSet<>();
        for (String key : names.senses.keySet()) {
            String[] parts = key.split(" ");
            if (parts.length > 1) {
                inLongerNames.addAll(Arrays.asList(parts));
            }
        }
        for (Map.Entry<String, List<Sense>> entry : names.senses.entrySet()) {
            String key = entry.getKey();
            boolean distinctive = key.length() >= 4 && !inLongerNames.contains(key)
                    && key.chars().anyMatch(Character::isLetter) && !key.matches("[ivxlc]+");
            if (key.indexOf(' ') < 0 && !distinctive) {
                entry.getValue().replaceAll(s -> s.kind() == Sense.Kind.PROVINCE || s.kind() == Sense.Kind.CUSTOM
                        || s.kind() == Sense.Kind.NOT_PLACE ? s : s.withQualifierNeeded());
            }
        }
    }

    private static ContextWords.Compiled[][] toArrays(List<List<ContextWords.Compiled>> lists) {
        ContextWords.Compiled[][] arrays = new ContextWords.Compiled[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            List<ContextWords.Compiled> list = lists.get(i);
            arrays[i] = list == null ? null : list.toArray(new ContextWords.Compiled[0]);
        }
        return arrays;
    }

    int provinceOf(Sense sense) {
        return switch (sense.kind()) {
            case PROVINCE, FORMER_PROVINCE, FORMER_COMMUNE, FORMER_DISTRICT -> sense.target();
            case COMMUNE -> communeProvince[sense.target()];
            case CUSTOM -> customProvince[sense.target()];
            case NOT_PLACE -> -1;
        };
    }

    /** The province index for a GSO code, or -1. */
    int provinceIndex(String code) {
        return provinceIndex.getOrDefault(code, -1);
    }

    private void addProvinces(Names names) {
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            String[] exact = exact(province.shortName());
            names.add(province.shortName(), Sense.of(Sense.Kind.PROVINCE, p, exact, ""));
            // The data's ASCII and English names ("Haiphong", "Hanoi City"), the English one without its
            // "City"/"Province", which the matcher reads as a suffix; two-syllable ASCII names also joined up
            // ("Danang"), as English-language outlets write them.
            for (String form : new String[] {province.asciiName(), stripEnglishType(province.englishName())}) {
                if (!form.isEmpty()) {
                    names.add(form, Sense.of(Sense.Kind.PROVINCE, p, exact(form), ""));
                    List<String> parts = Syllables.split(form);
                    if (parts.size() == 2) {
                        String joined = parts.get(0) + parts.get(1).toLowerCase(Locale.ROOT);
                        names.add(joined, Sense.of(Sense.Kind.PROVINCE, p, exact(joined), ""));
                    }
                }
            }
            for (String former : province.formerNames()) {
                String[] formerExact = exact(former);
                if (!Arrays.equals(formerExact, exact)) {
                    names.add(former, Sense.of(Sense.Kind.FORMER_PROVINCE, p, formerExact, "tỉnh"));
                }
            }
        }
    }

    private static String stripEnglishType(String english) {
        for (String suffix : new String[] {" City", " Province"}) {
            if (english.endsWith(suffix)) {
                return english.substring(0, english.length() - suffix.length());
            }
        }
        return english;
    }

    private void addCommunes(Names names) {
        // A former unit is identified by province, type and name; the sources list it under every commune that
        // took over part of it.
        Map<String, List<Integer>> formerCommunes = new LinkedHashMap<>();
        Map<String, Boolean> formerWhole = new HashMap<>();
        Map<String, String[]> formerNames = new HashMap<>();
        for (int c = 0; c < communes.size(); c++) {
            Commune commune = communes.get(c);
            String type = commune.type().label().toLowerCase(Locale.ROOT);
            names.add(commune.name(), Sense.of(Sense.Kind.COMMUNE, c, exact(commune.name()), type));
            if (!commune.englishName().isEmpty()) {
                names.add(commune.englishName(),
                        Sense.of(Sense.Kind.COMMUNE, c, exact(commune.englishName()), type));
            }
            for (FormerUnit former : commune.formerUnits()) {
                String[] typeAndName = splitFormerType(former.name());
                String key = communeProvince[c] + "|" + typeAndName[0] + "|" + Syllables.exactPhrase(typeAndName[1]);
                List<Integer> list = formerCommunes.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
                formerWhole.merge(key, former.whole(), Boolean::logicalAnd);
                formerNames.putIfAbsent(key, typeAndName);
            }
        }
        for (Map.Entry<String, List<Integer>> group : formerCommunes.entrySet()) {
            String[] typeAndName = formerNames.get(group.getKey());
            int[] targets = group.getValue().stream().mapToInt(Integer::intValue).toArray();
            boolean whole = targets.length == 1 && formerWhole.get(group.getKey());
            int province = communeProvince[targets[0]];
            names.add(typeAndName[1], new Sense(Sense.Kind.FORMER_COMMUNE, province, targets, whole,
                    exact(typeAndName[1]), typeAndName[0], false, false));
        }
    }

    private static String[] exact(String name) {
        return Syllables.split(name).stream().map(Syllables::exact).toArray(String[]::new);
    }

    /** Like {@link #exact}, but a syllable an office typed without diacritics matches any spelling. */
    private static String[] customExact(String name) {
        return Syllables.split(name).stream()
                .map(s -> s.chars().allMatch(ch -> ch < 0x80) ? null : Syllables.exact(s))
                .toArray(String[]::new);
    }

    /** Splits "Thị Trấn Cát Bà" into ["thị trấn", "Cát Bà"]; an unknown type gives ["", name]. */
    private static String[] splitFormerType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String type : FORMER_TYPES) {
            if (lower.startsWith(type + " ")) {
                return new String[] {type, name.substring(type.length() + 1).strip()};
            }
        }
        return new String[] {"", name};
    }

    private void addCurated(Names names, CuratedNames curated, Map<String, Integer> communeIndex) {
        for (CuratedNames.Row row : curated.rows()) {
            String[] exact = exact(row.name());
            switch (row.kind()) {
                case ALIAS, MARKER -> {
                    Integer province = provinceIndex.get(row.target());
                    Integer commune = communeIndex.get(row.target());
                    if (province == null && commune == null) {
                        throw new IllegalStateException("curated name " + row.name() + ": unknown code " + row.target());
                    }
                    if (row.kind() == CuratedNames.Kind.MARKER && province == null) {
                        throw new IllegalStateException("curated marker " + row.name() + " must name a province");
                    }
                    names.add(row.name(), province != null ? Sense.of(Sense.Kind.PROVINCE, province, exact, "")
                            : Sense.of(Sense.Kind.COMMUNE, commune, exact,
                            communes.get(commune).type().label().toLowerCase(Locale.ROOT)));
                }
                case NOT_PLACE -> names.add(row.name(), Sense.of(Sense.Kind.NOT_PLACE, -1, exact, ""));
                case QUALIFY -> {
                }
            }
        }
        // Flags apply to every sense of the name, however it was added, so they run after all the names are in.
        for (CuratedNames.Row row : curated.rows()) {
            String key = Syllables.foldedPhrase(row.name());
            List<Sense> senses = names.senses.get(key);
            if (row.kind() == CuratedNames.Kind.MARKER) {
                int province = provinceIndex.get(row.target());
                senses.replaceAll(s -> s.kind() == Sense.Kind.PROVINCE && s.target() == province
                        ? s.withCityMarkerNeeded() : s);
            } else if (row.kind() == CuratedNames.Kind.QUALIFY) {
                if (senses == null || senses.stream().allMatch(s -> s.kind() == Sense.Kind.PROVINCE)) {
                    throw new IllegalStateException("curated name to qualify is not a unit name: " + row.name());
                }
                senses.replaceAll(s -> s.kind() == Sense.Kind.PROVINCE ? s : s.withQualifierNeeded());
            }
        }
    }

    /** Names being collected: folded key to senses, and which syllables may be lower case. */
    private static final class Names {
        final Map<String, List<Sense>> senses = new LinkedHashMap<>();
        final Map<String, Long> lowercaseOk = new HashMap<>();

        void add(String surface, Sense sense) {
            List<String> parts = Syllables.split(surface);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("name without letters or digits: " + surface);
            }
            if (parts.size() > 32) {
                throw new IllegalArgumentException("name longer than 32 words: " + surface);
            }
            StringBuilder key = new StringBuilder();
            long lower = 0;
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (i > 0) {
                    key.append(' ');
                }
                key.append(Syllables.folded(part));
                if (Character.isLowerCase(part.charAt(0))) {
                    lower |= 1L << i;
                }
            }
            String k = key.toString();
            List<Sense> list = senses.computeIfAbsent(k, x -> new ArrayList<>());
            if (list.stream().noneMatch(sense::sameAs)) {
                list.add(sense);
            }
            lowercaseOk.merge(k, lower, (a, b) -> a | b);
        }
    }
}
