package vn.presswatch.api.service;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Source;

/**
 * The watched sources as editors change them (web UI and REST API alike): every change is checked
 * ({@link SourceDraft}), stored, audited, and handed to the crawler, which reads its sources again.
 * Blocking (store calls): run it on the blocking executor.
 */
@Singleton
public class SourceService {
    private final ArticleStore store;
    private final Crawler crawler;
    private final AuditLog audit;

    public SourceService(ArticleStore store, Crawler crawler, AuditLog audit) {
        this.store = store;
        this.crawler = crawler;
        this.audit = audit;
    }

    /** Every source with its crawl state, by name (Vietnamese collation is close enough in Unicode order). */
    public List<SourceStatus> list() {
        Map<String, CrawlState> states = new HashMap<>();
        store.crawlStates().all().forEach(s -> states.put(s.sourceId(), s));
        return store.sources().all().stream()
                .map(s -> new SourceStatus(s, states.getOrDefault(s.id(), CrawlState.initial(s.id()))))
                .sorted(Comparator.comparing((SourceStatus s) -> s.source().name()).thenComparing(s -> s.source().id()))
                .toList();
    }

    /** The source with its crawl state, if it exists. */
    public Optional<SourceStatus> get(String id) {
        return store.sources().get(id).map(s -> new SourceStatus(s,
                store.crawlStates().get(id).orElse(CrawlState.initial(id))));
    }

    /** The source with its crawl state; {@link RecordNotFoundException} when there is none. */
    public SourceStatus require(String id) {
        return get(id).orElseThrow(() -> new RecordNotFoundException("Không có nguồn tin mã '" + id + "'."));
    }

    /**
     * Adds a source (unverified until its first successful poll).
     *
     * @throws SourceValidationException when a field is wrong or the id is taken (field {@code id})
     */
    public Source create(String actor, Source source) {
        Objects.requireNonNull(actor, "actor");
        Source checked = check(source).withVerified(false);
        if (!store.sources().putIfAbsent(checked)) {
            throw SourceValidationException.of("id", "Đã có nguồn tin mã '" + checked.id()
                    + "'; chọn mã khác hoặc sửa nguồn đó.");
        }
        crawler.refresh();
        audit.record(actor, "source.create", checked.id(), "Thêm nguồn tin " + checked.name() + " ("
                + checked.pollUrls().size() + " địa chỉ thu thập" + (checked.enabled() ? "" : ", đang tắt") + ")");
        return checked;
    }

    /**
     * Replaces a source's settings. It stays verified only if its addresses did not change; switching it back on
     * resets its failure count as {@link #setEnabled} does.
     *
     * @throws RecordNotFoundException   when there is no such source
     * @throws SourceValidationException when a field is wrong
     */
    public Source update(String actor, Source source) {
        Objects.requireNonNull(actor, "actor");
        Source checked = check(source);
        Source current = require(checked.id()).source();
        Source updated = checked.withVerified(current.verified() && current.pollUrls().equals(checked.pollUrls()));
        store.sources().put(updated);
        if (updated.enabled() && !current.enabled()) {
            resetFailures(updated.id());
        }
        crawler.refresh();
        audit.record(actor, "source.update", updated.id(), "Sửa nguồn tin " + updated.name() + ": "
                + changes(current, updated));
        return updated;
    }

    /**
     * Switches a source on or off. Switching on a source the crawler switched off after repeated failures also
     * resets its failure count and schedule, so it is polled again at once instead of being switched off by the
     * next failure.
     */
    public Source setEnabled(String actor, String id, boolean enabled) {
        Objects.requireNonNull(actor, "actor");
        Source current = require(id).source();
        Source updated = current.withEnabled(enabled);
        store.sources().put(updated);
        if (enabled) {
            resetFailures(id);
        }
        crawler.refresh();
        audit.record(actor, enabled ? "source.enable" : "source.disable", id,
                (enabled ? "Bật nguồn tin " : "Tắt nguồn tin ") + current.name());
        return updated;
    }

    /**
     * Deletes a source and its crawl state, and its articles too when asked.
     *
     * @return how many articles were deleted
     * @throws RecordNotFoundException when there is no such source
     */
    public long delete(String actor, String id, boolean alsoArticles) {
        Objects.requireNonNull(actor, "actor");
        Source current = require(id).source();
        long articles = alsoArticles ? store.deleteBySource(id) : 0;
        store.sources().delete(id);
        store.crawlStates().delete(id);
        crawler.refresh();
        audit.record(actor, "source.delete", id, "Xóa nguồn tin " + current.name()
                + (alsoArticles ? " cùng " + articles + " bài viết của nguồn" : "; giữ các bài viết đã lưu"));
        return articles;
    }

    /**
     * Adds the sources of a list (JSON, YAML or OPML, already read); sources whose id exists are left as they are,
     * and entries that fail the checks are reported, not added.
     */
    public SourceImport importSources(String actor, List<Source> sources) {
        Objects.requireNonNull(actor, "actor");
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<SourceImport.EntryError> errors = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            Source checked;
            try {
                checked = check(source).withVerified(false);
            } catch (SourceValidationException e) {
                errors.add(new SourceImport.EntryError(i + 1, source.id(), String.join(" ", e.fields().values())));
                continue;
            }
            if (store.sources().putIfAbsent(checked)) {
                added.add(checked.id());
            } else {
                skipped.add(checked.id());
            }
        }
        if (!added.isEmpty()) {
            crawler.refresh();
            audit.record(actor, "source.import", String.join(",", added), "Nhập " + added.size() + " nguồn tin mới"
                    + (skipped.isEmpty() ? "" : ", bỏ qua " + skipped.size() + " nguồn đã có")
                    + (errors.isEmpty() ? "" : ", " + errors.size() + " mục lỗi"));
        }
        return new SourceImport(added, skipped, errors);
    }

    /** Runs the checks of {@link SourceDraft} on a source built elsewhere (a list, the UI). */
    public static Source check(Source source) {
        Objects.requireNonNull(source, "source");
        return SourceDraft.of(source).toSource(source.enabled()).withVerified(source.verified());
    }

    private void resetFailures(String id) {
        store.crawlStates().get(id).ifPresent(state -> {
            if (state.autoDisabled() || state.consecutiveFailures() > 0 || state.nextPoll() != null) {
                Map<String, CrawlState.UrlState> urls = state.urls().entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, e -> new CrawlState.UrlState(e.getValue().etag(),
                                e.getValue().lastModified(), e.getValue().contentHash(), e.getValue().interval(),
                                null, e.getValue().lastNewItems())));
                // lastError stays: it tells the editor why the source had been switched off.
                store.crawlStates().put(new CrawlState(id, urls, state.lastAttempt(), state.lastSuccess(), 0,
                        state.lastError(), state.lastErrorAt(), null, false));
                // The crawler keeps its own copy, ahead of the store's: make it read the reset one.
                crawler.resetState(id);
            }
        });
    }

    private static String changes(Source before, Source after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("tên \"" + before.name() + "\" → \"" + after.name() + "\"");
        }
        if (!Objects.equals(before.homepage(), after.homepage())) {
            changed.add("trang chủ");
        }
        if (!before.feedUrls().equals(after.feedUrls())) {
            changed.add("địa chỉ RSS/Atom");
        }
        if (!before.sitemapUrls().equals(after.sitemapUrls())) {
            changed.add("sitemap");
        }
        if (!before.sectionPages().equals(after.sectionPages())) {
            changed.add("trang chuyên mục");
        }
        if (!Objects.equals(before.country(), after.country()) || !Objects.equals(before.language(), after.language())
                || before.level() != after.level() || before.origin() != after.origin()) {
            changed.add("quốc gia/ngôn ngữ/loại nguồn");
        }
        if (before.enabled() != after.enabled()) {
            changed.add(after.enabled() ? "bật" : "tắt");
        }
        return changed.isEmpty() ? "không có thay đổi" : String.join(", ", changed);
    }
}
