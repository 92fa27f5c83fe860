package vn.presswatch.api.service;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * A source as an editor typed it (a form, a JSON body): plain strings, not yet checked. {@link #toSource} checks
 * every field and reports all problems at once, so the form can show each beside its field. Its field names are the
 * keys of {@link SourceValidationException#fields()}.
 *
 * @param id           e.g. {@code baohaiphong}
 * @param name         e.g. "Báo Hải Phòng"
 * @param homepage     optional home page
 * @param feedUrls     RSS/Atom addresses; blank entries are ignored
 * @param sitemapUrls  sitemap addresses; blank entries are ignored
 * @param sectionPages section pages with their link selectors; entries with neither are ignored
 * @param country      ISO 3166-1 alpha-2, any case
 * @param language     ISO 639-1, any case
 * @param level        a {@link SourceLevel} name in any case, e.g. {@code local}
 * @param origin       {@code domestic} or {@code foreign}
 * @param enabled      null to keep the current setting (new sources: enabled)
 */
@Serdeable
public record SourceDraft(@Nullable String id, @Nullable String name, @Nullable String homepage,
                          @Nullable List<String> feedUrls, @Nullable List<String> sitemapUrls,
                          @Nullable List<SectionPageDraft> sectionPages, @Nullable String country,
                          @Nullable String language, @Nullable String level, @Nullable String origin,
                          @Nullable Boolean enabled) {

    /** Longest source name accepted. */
    public static final int MAX_NAME = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public SourceDraft {
        feedUrls = nonBlank(feedUrls);
        sitemapUrls = nonBlank(sitemapUrls);
        sectionPages = Objects.requireNonNullElse(sectionPages, List.<SectionPageDraft>of()).stream()
                .filter(p -> p != null && !(blank(p.url()) && blank(p.linkSelector()))).toList();
    }

    /**
     * A section page as typed.
     *
     * @param url          the page
     * @param linkSelector CSS selector of its article links
     */
    @Serdeable
    public record SectionPageDraft(@Nullable String url, @Nullable String linkSelector) {
    }

    /** The draft of a stored source (for an edit form, or to check a source read from a list). */
    public static SourceDraft of(Source source) {
        return new SourceDraft(source.id(), source.name(), source.homepage(), source.feedUrls(), source.sitemapUrls(),
                source.sectionPages().stream().map(p -> new SectionPageDraft(p.url(), p.linkSelector())).toList(),
                source.country(), source.language(), source.level().name().toLowerCase(Locale.ROOT),
                source.origin().id(), source.enabled());
    }

    /** The same draft with another id (PUT /api/sources/{id} takes the id from the address). */
    public SourceDraft withId(String newId) {
        return new SourceDraft(newId, name, homepage, feedUrls, sitemapUrls, sectionPages, country, language, level,
                origin, enabled);
    }

    /**
     * The checked source, unverified.
     *
     * @param enabledDefault used when {@link #enabled} is null
     * @throws SourceValidationException naming every wrong field
     */
    public Source toSource(boolean enabledDefault) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanId = strip(id);
        if (cleanId.isEmpty()) {
            errors.put("id", "Cần nhập mã nguồn, ví dụ baohaiphong (chữ thường không dấu, chữ số, '-' hoặc '_').");
        } else if (!cleanId.matches(Source.ID_PATTERN)) {
            errors.put("id", "Mã nguồn '" + cleanId + "' không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, '-' "
                    + "hoặc '_', bắt đầu bằng chữ hoặc số, tối đa 64 ký tự.");
        }
        String cleanName = strip(name);
        if (cleanName.isEmpty()) {
            errors.put("name", "Cần nhập tên nguồn tin, ví dụ Báo Hải Phòng.");
        } else if (cleanName.length() > MAX_NAME) {
            errors.put("name", "Tên nguồn tin dài quá " + MAX_NAME + " ký tự.");
        }
        String cleanHomepage = strip(homepage);
        if (!cleanHomepage.isEmpty() && !WebAddresses.isWebAddress(cleanHomepage)) {
            errors.put("homepage", "Trang chủ '" + cleanHomepage
                    + "' không phải địa chỉ http(s) đầy đủ (ví dụ https://baohaiphong.vn).");
        }
        if (feedUrls.isEmpty() && sitemapUrls.isEmpty() && sectionPages.isEmpty()) {
            errors.put("feedUrls", "Cần ít nhất một địa chỉ RSS/Atom, sitemap hoặc trang chuyên mục để thu thập.");
        }
        checkAddresses("feedUrls", "RSS/Atom", feedUrls, errors);
        checkAddresses("sitemapUrls", "sitemap", sitemapUrls, errors);
        List<Source.SectionPage> pages = checkSectionPages(errors);
        String cleanCountry = strip(country).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(cleanCountry)) {
            errors.put("country", cleanCountry.isEmpty()
                    ? "Cần mã quốc gia ISO 3166-1 hai chữ cái, ví dụ VN."
                    : "Mã quốc gia '" + strip(country) + "' không phải mã ISO 3166-1 hai chữ cái (ví dụ VN, US, FR).");
        }
        String cleanLanguage = strip(language).toLowerCase(Locale.ROOT);
        if (cleanLanguage.length() != 2 || !LANGUAGES.contains(cleanLanguage)) {
            errors.put("language", cleanLanguage.isEmpty()
                    ? "Cần mã ngôn ngữ ISO 639-1 hai chữ cái, ví dụ vi."
                    : "Mã ngôn ngữ '" + strip(language) + "' không phải mã ISO 639-1 hai chữ cái (ví dụ vi, en, fr).");
        }
        SourceLevel cleanLevel = level(errors);
        Origin cleanOrigin = origin(errors);
        if (!errors.isEmpty()) {
            throw new SourceValidationException(errors);
        }
        return new Source(cleanId, cleanName, cleanHomepage.isEmpty() ? null : cleanHomepage, feedUrls, sitemapUrls,
                pages, cleanCountry, cleanLanguage, cleanLevel, cleanOrigin,
                enabled == null ? enabledDefault : enabled, false);
    }

    private List<Source.SectionPage> checkSectionPages(Map<String, String> errors) {
        List<Source.SectionPage> pages = new ArrayList<>();
        for (int i = 0; i < sectionPages.size(); i++) {
            SectionPageDraft page = sectionPages.get(i);
            String url = strip(page.url());
            String selector = strip(page.linkSelector());
            String where = "Trang chuyên mục số " + (i + 1);
            if (!WebAddresses.isWebAddress(url)) {
                errors.putIfAbsent("sectionPages", where + ": '" + url
                        + "' không phải địa chỉ http(s) đầy đủ (ví dụ https://baohaiphong.vn/chinh-tri).");
                continue;
            }
            if (selector.isEmpty()) {
                errors.putIfAbsent("sectionPages", where + " (" + url
                        + "): cần bộ chọn CSS cho liên kết bài viết, ví dụ article h3 a.");
                continue;
            }
            try {
                QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                errors.putIfAbsent("sectionPages", where + " (" + url + "): bộ chọn CSS '" + selector
                        + "' không hợp lệ — " + e.getMessage());
                continue;
            }
            pages.add(new Source.SectionPage(url, selector));
        }
        return pages;
    }

    private SourceLevel level(Map<String, String> errors) {
        String value = strip(level);
        if (value.isEmpty()) {
            return SourceLevel.OTHER;
        }
        try {
            return SourceLevel.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.put("level", "Loại nguồn '" + value + "' không hợp lệ; chọn một trong: "
                    + Arrays.stream(SourceLevel.values()).map(l -> l.name().toLowerCase(Locale.ROOT) + " ("
                    + l.vietnameseName() + ")").collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    private Origin origin(Map<String, String> errors) {
        String value = strip(origin);
        if (value.isEmpty()) {
            errors.put("origin", "Cần chọn báo trong nước (domestic) hay nước ngoài (foreign).");
            return null;
        }
        try {
            return Origin.fromId(value);
        } catch (IllegalArgumentException e) {
            errors.put("origin", "Nguồn gốc '" + value + "' không hợp lệ: domestic (trong nước) hoặc foreign "
                    + "(nước ngoài).");
            return null;
        }
    }

    private static void checkAddresses(String field, String kind, List<String> urls, Map<String, String> errors) {
        for (int i = 0; i < urls.size(); i++) {
            if (!WebAddresses.isWebAddress(urls.get(i))) {
                errors.putIfAbsent(field, "Địa chỉ " + kind + " số " + (i + 1) + " '" + urls.get(i)
                        + "' không phải địa chỉ http(s) đầy đủ (ví dụ https://baohaiphong.vn/rss/home.rss).");
            }
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return Objects.requireNonNullElse(values, List.<String>of()).stream()
                .filter(v -> !blank(v)).map(String::strip).distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
