package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One article through the rules: finds the names ({@link NameFinder}), reads the words around them
 * ({@link ContextReader}), then decides what each name means, provinces first, so that an ambiguous commune can be
 * resolved to a province the article names. The rules are listed in the README next to the gazetteer. One
 * instance per call; not thread-safe.
 */
final class MatchRun {

    /** A mention resolves to nothing, to one unit, or has to wait until the article's provinces are known. */
    private static final long NONE = -1;
    private static final long DEFER = -2;

    private final NameIndex index;
    private final TokenizedText t;
    private final boolean[] homeProvinces;
    private final boolean[] articleProvinces;
    private boolean anyArticleProvince;
    private final Tallies tallies;

    MatchRun(NameIndex index, TokenizedText tokens, boolean[] homeProvinces) {
        this.index = index;
        this.t = tokens;
        this.homeProvinces = homeProvinces;
        this.articleProvinces = new boolean[index.provinces.size()];
        this.tallies = new Tallies();
    }

    Tallies run() {
        List<Mention> mentions = new NameFinder(index, t).find();
        ContextReader context = new ContextReader(index, t, mentions);
        context.readAll();
        for (Mention m : mentions) {
            resolveProvinceOrCustom(m);
        }
        context.linkToProvinces();
        for (int stage = 1; stage <= 3; stage++) {
            for (Mention m : mentions) {
                if (!m.done) {
                    long result = resolveSmaller(m, stage);
                    if (result != DEFER) {
                        m.done = true;
                        accept(m, result);
                    }
                }
            }
        }
        for (Mention m : mentions) {
            if (m.pending) {
                confirm(m);
            }
        }
        return tallies;
    }

    // ---- provinces and custom localities ------------------------------------------------------------------------

    private void resolveProvinceOrCustom(Mention m) {
        if (m.has(Sense.Kind.NOT_PLACE) || m.blocked) {
            m.done = true;
            return;
        }
        boolean custom = false;
        for (Sense sense : m.senses) {
            if (sense.kind() == Sense.Kind.CUSTOM) {
                custom = true;
                tallies.add(Tallies.CUSTOM, sense.target(), m.start, t.inTitle(m.start));
                addArticleProvince(index.customProvince[sense.target()]);
            }
        }
        if (custom) {
            m.done = true;
            return;
        }
        if (m.unit == ContextWords.Role.COMMUNE_UNIT || m.unit == ContextWords.Role.DISTRICT_UNIT) {
            return;
        }
        boolean cityMarker = m.unit == ContextWords.Role.CITY_UNIT || m.locative || m.endsAddress;
        boolean qualified = m.unit == ContextWords.Role.PROVINCE_UNIT || m.unit == ContextWords.Role.CITY_UNIT;
        int chosen = -1;
        boolean any = false;
        boolean conflict = false;
        boolean markerMissing = false;
        for (Sense sense : m.senses) {
            if (!sense.isProvinceLevel()) {
                continue;
            }
            any = true;
            if (sense.needsCityMarker() && !cityMarker) {
                markerMissing = true;
            } else if (!sense.needsQualifier() || qualified) {
                conflict |= chosen >= 0 && chosen != sense.target();
                chosen = sense.target();
            }
        }
        if (chosen >= 0 && !conflict) {
            m.done = true;
            m.province = chosen;
            tallies.add(Tallies.PROVINCE, chosen, m.start, t.inTitle(m.start));
            addArticleProvince(chosen);
        } else if (markerMissing || (m.unit == ContextWords.Role.PROVINCE_UNIT) || (any && conflict)) {
            // "Chủ tịch Hồ Chí Minh" is the president; "tỉnh X" where X is no province is nothing.
            m.done = true;
        }
    }

    // ---- communes, former units, former districts ---------------------------------------------------------------

    /**
     * Communes, former units and former districts, in three stages so that the article's provinces are known
     * before an ambiguous name needs them: (1) names linked to a province, names with a candidate in a province
     * the article names, and district names; (2) names whose current units all lie in one province; (3) the
     * rest, against all the provinces found by then.
     */
    private long resolveSmaller(Mention m, int stage) {
        if (m.unit == ContextWords.Role.PROVINCE_UNIT) {
            return NONE;
        }
        // A number ("Phường 10") is a place only with its unit word: "ngày 12/10, tỉnh Bình Thuận" is a date.
        boolean qualified = m.unit != null || (m.linkedProvince >= 0 && !isNumber(m));
        boolean needsQualifier = false;
        for (Sense sense : m.senses) {
            needsQualifier |= sense.needsQualifier();
        }
        if (!qualified && (needsQualifier || m.weak)) {
            m.pending = true;
            return NONE;
        }
        if (m.unit == ContextWords.Role.DISTRICT_UNIT || m.unit == ContextWords.Role.CITY_UNIT) {
            return resolveDistrict(m, stage);
        }
        String type = m.unit == ContextWords.Role.COMMUNE_UNIT ? m.unitType : "";
        List<Candidate> current = new ArrayList<>();
        List<Candidate> former = new ArrayList<>();
        List<Candidate> districts = new ArrayList<>();
        for (Sense sense : m.senses) {
            switch (sense.kind()) {
                case COMMUNE -> current.add(new Candidate(index.provinceOf(sense), Tallies.COMMUNE, sense.target(),
                        sense.unitType()));
                case FORMER_COMMUNE -> former.add(formerCandidate(sense));
                case FORMER_DISTRICT -> districts.add(new Candidate(sense.target(), Tallies.PROVINCE, sense.target(),
                        sense.unitType()));
                default -> {
                }
            }
        }
        // The unit word's type first ("xã Mỹ Phong" is the former xã, not today's phường of that name elsewhere);
        // "thị trấn" no longer exists, so it can only be a former unit. Then any type.
        if (m.unit == null) {
            former.addAll(districts);
        }
        List<List<Candidate>> tiers = List.of(type.equals("thị trấn") ? List.of() : ofType(current, type),
                ofType(former, type), type.equals("thị trấn") ? List.of() : current, former);
        if (m.linkedProvince >= 0) {
            return firstPick(tiers, c -> c.province == m.linkedProvince);
        }
        boolean[] context = context();
        long here = firstPick(tiers, c -> context[c.province]);
        if (here != NONE) {
            return here;
        }
        // Outside the article's provinces a name counts only when its units all lie in one province, and a former
        // name only with a unit word: thousands of them are also company, school and given names ("Lạc An").
        if (stage == 1) {
            return DEFER;
        }
        long unique = firstPick(m.unit != null ? tiers : List.of(tiers.get(0), tiers.get(2)), c -> true);
        if (unique != NONE) {
            return unique;
        }
        return stage == 2 ? DEFER : NONE;
    }

    /** The first tier's {@link #pick} among the candidates that pass the filter and give a unit. */
    private static long firstPick(List<List<Candidate>> tiers, Predicate<Candidate> filter) {
        for (List<Candidate> tier : tiers) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate candidate : tier) {
                if (filter.test(candidate)) {
                    kept.add(candidate);
                }
            }
            long result = pick(kept);
            if (result != NONE) {
                return result;
            }
        }
        return NONE;
    }

    /** "huyện Thủy Nguyên", "TP Thủ Đức": a former district, now several communes, so only its province counts. */
    private long resolveDistrict(Mention m, int stage) {
        List<Candidate> islands = new ArrayList<>();
        List<Candidate> districts = new ArrayList<>();
        List<Candidate> communes = new ArrayList<>();
        for (Sense sense : m.senses) {
            int province = index.provinceOf(sense);
            switch (sense.kind()) {
                // An island district that became one đặc khu whole: "huyện đảo Bạch Long Vĩ".
                case FORMER_COMMUNE -> {
                    if (sense.whole() && sense.unitType().equals("huyện")) {
                        islands.add(new Candidate(province, Tallies.COMMUNE, sense.communes()[0], ""));
                    }
                }
                case FORMER_DISTRICT -> districts.add(new Candidate(province, Tallies.PROVINCE, province, ""));
                case COMMUNE -> communes.add(new Candidate(province, Tallies.PROVINCE, province, ""));
                default -> {
                }
            }
        }
        List<Candidate> candidates = !islands.isEmpty() ? islands : !districts.isEmpty() ? districts : communes;
        if (m.linkedProvince >= 0) {
            return firstPick(List.of(candidates), c -> c.province == m.linkedProvince);
        }
        boolean[] context = context();
        long here = firstPick(List.of(candidates), c -> context[c.province]);
        if (here != NONE) {
            return here;
        }
        long result = pick(candidates);
        return result == NONE && stage < 3 && !candidates.isEmpty() ? DEFER : result;
    }

    private Candidate formerCandidate(Sense sense) {
        return sense.whole() ? new Candidate(sense.target(), Tallies.COMMUNE, sense.communes()[0], sense.unitType())
                : new Candidate(sense.target(), Tallies.PROVINCE, sense.target(), sense.unitType());
    }

    /** The candidates of the type the text names (all of them for no type); may be empty. */
    private static List<Candidate> ofType(List<Candidate> candidates, String type) {
        if (type.isEmpty()) {
            return candidates;
        }
        List<Candidate> same = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type.equals(type)) {
                same.add(candidate);
            }
        }
        return same;
    }

    /** The provinces the article names, or the office's home provinces when it names none. */
    private boolean[] context() {
        return anyArticleProvince ? articleProvinces : homeProvinces;
    }

    /**
     * The unit the candidates agree on: nothing when they lie in several provinces; the one unit when they all
     * point to it; else their province (names that differ only in diacritics, written without them, or a former
     * unit split between several communes).
     */
    private static long pick(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return NONE;
        }
        int province = candidates.get(0).province;
        long chosen = Tallies.key(candidates.get(0).kind, candidates.get(0).index);
        boolean same = true;
        for (Candidate candidate : candidates) {
            if (candidate.province != province) {
                return NONE;
            }
            same &= Tallies.key(candidate.kind, candidate.index) == chosen;
        }
        return same ? chosen : Tallies.key(Tallies.PROVINCE, province);
    }

    private void accept(Mention m, long result) {
        if (result < 0) {
            return;
        }
        int kind = Tallies.kind(result);
        int target = Tallies.index(result);
        tallies.add(kind, target, m.start, t.inTitle(m.start));
        addArticleProvince(kind == Tallies.COMMUNE ? index.communeProvince[target] : target);
    }

    /** A bare ambiguous name counts when the article found exactly one of its units in a surer way. */
    private void confirm(Mention m) {
        int found = -1;
        for (Sense sense : m.senses) {
            int commune = sense.kind() == Sense.Kind.COMMUNE ? sense.target()
                    : sense.kind() == Sense.Kind.FORMER_COMMUNE && sense.whole() ? sense.communes()[0] : -1;
            if (commune >= 0 && tallies.has(Tallies.COMMUNE, commune) && commune != found) {
                if (found >= 0) {
                    return;
                }
                found = commune;
            }
        }
        if (found >= 0) {
            tallies.add(Tallies.COMMUNE, found, m.start, t.inTitle(m.start));
        }
    }

    private void addArticleProvince(int province) {
        if (province >= 0) {
            articleProvinces[province] = true;
            anyArticleProvince = true;
        }
    }

    /** True for a name that is a number, in digits or Roman numerals (former wards "Phường 10", "Phường IV"). */
    private boolean isNumber(Mention m) {
        for (int k = m.start; k < m.end; k++) {
            if (t.has(k, TokenizedText.DIGITS)) {
                continue;
            }
            String surface = t.surface(k);
            for (int i = 0; i < surface.length(); i++) {
                if ("IVXLC".indexOf(surface.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A unit a name may stand for, in the province it lies in. */
    private record Candidate(int province, int kind, int index, String type) {
    }
}
