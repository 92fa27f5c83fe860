package vn.presswatch.api.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One request of a load run.
 *
 * @param endpoint     the group its latencies are reported under, e.g. {@code GET /api/articles}
 * @param pathAndQuery what is requested, e.g. {@code /api/articles?q=...}, already encoded
 */
public record LoadRequest(String endpoint, String pathAndQuery) {

    public static final String ARTICLES = "GET /api/articles";
    public static final String TOPIC_STATS = "GET /api/stats/topics";

    public LoadRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("pathAndQuery must start with '/': " + pathAndQuery);
        }
    }

    /**
     * What an office's users do most, in the proportions of a busy morning: searches in Vietnamese (with and
     * without diacritics, phrases, boolean operators, filters, date ranges) and the dashboard's topic counts over
     * the last month or week.
     *
     * @param today the last day of the date ranges (Vietnam time)
     */
    public static List<LoadRequest> standardMix(LocalDate today) {
        String month = "&from=" + today.minusDays(30) + "&to=" + today;
        String week = "&from=" + today.minusDays(7) + "&to=" + today;
        // Two searches for every statistics call, interleaved, so that any few clients exercise both.
        List<LoadRequest> mix = new ArrayList<>();
        mix.add(articles("q=" + encode("chuyển đổi số")));
        mix.add(articles("q=" + encode("Hải Phòng") + "&sort=newest&size=20"));
        mix.add(new LoadRequest(TOPIC_STATS, "/api/stats/topics?" + month.substring(1)));
        mix.add(articles("q=" + encode("\"Đồ Sơn\" OR \"Cát Bà\"") + month));
        mix.add(articles("q=" + encode("du lich le hoi") + week));
        mix.add(new LoadRequest(TOPIC_STATS, "/api/stats/topics?q=" + encode("biển đảo") + month));
        mix.add(articles("q=" + encode("OCOP AND làng nghề") + "&topic=ocop"));
        mix.add(articles("topic=digital_transformation&sort=newest" + month));
        mix.add(new LoadRequest(TOPIC_STATS, "/api/stats/topics?origin=domestic" + week));
        return List.copyOf(mix);
    }

    private static LoadRequest articles(String query) {
        return new LoadRequest(ARTICLES, "/api/articles?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
