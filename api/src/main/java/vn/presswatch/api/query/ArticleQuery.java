package vn.presswatch.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.Sort;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.Tone;

/**
 * The search parameters shared by the API ({@code /api/articles}, {@code /api/stats/...}), the search page and
 * the exports, read from query parameters. Dates are calendar days in Vietnam's time zone; {@code to} is
 * inclusive (to=2025-05-31 includes the whole 31st). Every problem names the parameter, in Vietnamese.
 *
 * @param q          query text in the store's query language; blank for all
 * @param from       first day, or null
 * @param to         last day (inclusive), or null
 * @param topics     topic ids
 * @param tones      tones
 * @param sources    source ids
 * @param languages  language codes
 * @param localities locality names
 * @param origin     domestic or foreign only, or null
 * @param sort       result order (relevance when there is query text, newest otherwise, unless given)
 * @param page       1-based page
 * @param size       hits per page, 1-{@link #MAX_SIZE}
 */
public record ArticleQuery(String q, LocalDate from, LocalDate to, Set<String> topics, Set<Tone> tones,
                           Set<String> sources, Set<String> languages, Set<String> localities, Origin origin,
                           Sort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Longest query text accepted. */
    public static final int MAX_QUERY = 2_000;

    public ArticleQuery {
        q = q == null ? "" : q.strip();
        topics = Set.copyOf(topics);
        tones = Set.copyOf(tones);
        sources = Set.copyOf(sources);
        languages = Set.copyOf(languages);
        localities = Set.copyOf(localities);
        if (sort == null) {
            sort = q.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE;
        }
    }

    /**
     * Reads the parameters; unknown parameters are ignored (pages add their own).
     *
     * @param parameters name to values, as a request has them; several values, or comma-separated values, of
     *                   topic, tone, source, language and locality are alternatives
     * @throws IllegalArgumentException naming the parameter and what is wrong with it
     */
    public static ArticleQuery parse(Map<String, List<String>> parameters) {
        String q = single(parameters, "q");
        if (q != null && q.length() > MAX_QUERY) {
            throw new IllegalArgumentException("q: câu truy vấn dài quá " + MAX_QUERY + " ký tự");
        }
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to: ngày kết thúc " + to + " trước ngày bắt đầu " + from);
        }
        Set<Tone> tones = new LinkedHashSet<>();
        for (String t : values(parameters, "tone")) {
            try {
                tones.add(Tone.fromId(t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tone: '" + t + "' không hợp lệ (positive, neutral hoặc negative)");
            }
        }
        Origin origin = null;
        String originValue = single(parameters, "origin");
        if (originValue != null && !originValue.isBlank()) {
            origin = switch (originValue.strip().toLowerCase(Locale.ROOT)) {
                case "domestic", "trong-nuoc" -> Origin.DOMESTIC;
                case "foreign", "nuoc-ngoai" -> Origin.FOREIGN;
                default -> throw new IllegalArgumentException("origin: '" + originValue
                        + "' không hợp lệ (domestic hoặc foreign)");
            };
        }
        Sort sort = null;
        String sortValue = single(parameters, "sort");
        if (sortValue != null && !sortValue.isBlank()) {
            try {
                sort = Sort.valueOf(sortValue.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort: '" + sortValue
                        + "' không hợp lệ (relevance, newest hoặc oldest)");
            }
        }
        int page = integer(parameters, "page", 1, 1, SearchRequest.MAX_WINDOW);
        int size = integer(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        if ((long) page * size > SearchRequest.MAX_WINDOW) {
            throw new IllegalArgumentException("page: chỉ xem được " + SearchRequest.MAX_WINDOW
                    + " kết quả đầu; hãy thu hẹp truy vấn hoặc khoảng thời gian");
        }
        return new ArticleQuery(q, from, to, lowerCase(values(parameters, "topic")), tones,
                lowerCase(values(parameters, "source")), lowerCase(values(parameters, "language")),
                new LinkedHashSet<>(values(parameters, "locality")), origin, sort, page, size);
    }

    /** The structured filters (dates as instants in Vietnam's time zone, {@code to} made exclusive). */
    public ArticleFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        return new ArticleFilter(start, end, sources, topics, tones, languages, localities, origin);
    }

    /** The page of hits this query asks for, highlighted. */
    public SearchRequest searchRequest() {
        return new SearchRequest(q, filter(), sort, (page - 1) * size, size, true);
    }

    /** The same query with another page, e.g. for exports that walk all pages. */
    public ArticleQuery withPage(int newPage, int newSize) {
        return new ArticleQuery(q, from, to, topics, tones, sources, languages, localities, origin, sort, newPage,
                newSize);
    }

    /** The same query over another period (reports, dashboard). */
    public ArticleQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new ArticleQuery(q, newFrom, newTo, topics, tones, sources, languages, localities, origin, sort, page,
                size);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + ": chỉ được cho một giá trị");
        }
        return values.get(0);
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> result = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        if (result.size() > 100) {
            throw new IllegalArgumentException(name + ": quá nhiều giá trị (tối đa 100)");
        }
        return result;
    }

    private static Set<String> lowerCase(Collection<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.forEach(v -> result.add(v.toLowerCase(Locale.ROOT)));
        return result;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' không phải ngày dạng YYYY-MM-DD");
        }
    }

    private static int integer(Map<String, List<String>> parameters, String name, int fallback, int min, int max) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + ": phải từ " + min + " đến " + max + ", không phải " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' không phải số nguyên");
        }
    }
}
