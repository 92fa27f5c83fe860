package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.api.classify.Correction;
import vn.presswatch.api.classify.CurrentClassifier;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ScanRequest;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.Sort;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.StoreException;

/**
 * {@code reindex}: re-tags every stored article (or those of a time range and sources) with the application's current
 * classifier, so that a new taxonomy, training data or gazetteer applies to the archive and not only to new
 * articles. Topics and tone an editor corrected are kept (the correction records say which articles); language and
 * localities are re-tagged for those too. Only articles whose tags changed are written back.
 */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
                "Gắn lại chủ đề, sắc thái, ngôn ngữ và địa danh cho các bài đã lưu bằng bộ phân loại hiện tại (sau khi "
                        + "đổi danh mục chủ đề, dữ liệu huấn luyện hoặc danh sách địa danh). Bài đã được cán bộ sửa "
                        + "phân loại giữ nguyên chủ đề và sắc thái đã sửa. Không chạy khi máy chủ đang mở thư mục dữ "
                        + "liệu.",
                "Re-tags stored articles (topics, tone, language, localities) with the current classifier, after a "
                        + "change of taxonomy, training data or gazetteer. Topics and tone corrected by an editor are "
                        + "kept. Not while the server has the data directory open.",
                "",
                "Ví dụ — examples:",
                "  reindex",
                "  reindex --from 2025-01-01 --to 2025-06-30 --source baohaiphong",
                "",
                "Thiết lập dạng --khóa=giá-trị, ví dụ --presswatch.data-dir=/srv/presswatch."})
final class ReindexCommand implements Callable<Integer> {
    private static final Progress.Unit ARTICLES = new Progress.Unit("bài", "articles");

    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = {"Chỉ các bài từ ngày này (giờ Việt Nam).",
        "Only articles from this day on (Vietnam time)."})
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = {"Chỉ các bài đến hết ngày này (giờ Việt Nam).",
        "Only articles up to the end of this day (Vietnam time)."})
    private String to;

    @Option(names = "--source", paramLabel = "ID", description = {"Chỉ các bài của nguồn này (lặp lại được).",
        "Only articles of this source (repeatable)."})
    private List<String> sources = new ArrayList<>();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000", description = {
        "Số bài đọc và ghi mỗi lần (mặc định ${DEFAULT-VALUE}).", "Articles read and written at a time."})
    private int batchSize;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    ReindexCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        DataCommand.checkSettings(spec, settings);
        ScanRequest request = new ScanRequest("", filter(), checkedBatchSize());
        PrintWriter out = spec.commandLine().getOut();
        Optional<ApplicationContext> started = DataCommand.start(environment, settings, spec.commandLine().getErr());
        if (started.isEmpty()) {
            return PresswatchCli.FAILED;
        }
        try (ApplicationContext context = started.get()) {
            ArticleStore store = context.getBean(ArticleStore.class);
            Set<String> corrected = store.records(Correction.RECORD_TYPE).all().stream().map(Correction::articleId)
                    .collect(Collectors.toSet());
            ArticleClassifier classifier = classifier(context, !corrected.isEmpty());
            long total = store.search(new SearchRequest("", request.filter(), Sort.NEWEST, 0, 1, false)).total();
            if (total == 0) {
                out.println("Không có bài nào cần gắn nhãn lại. — No stored article matches.");
                return PresswatchCli.OK;
            }
            out.printf(Locale.ROOT, "Gắn nhãn lại %d bài; bài đã được sửa phân loại (%d) giữ nguyên chủ đề và sắc thái."
                    + " — Re-tagging %d articles; corrected articles (%d) keep their topics and tone.%n", total,
                    corrected.size(), total, corrected.size());
            out.flush();
            Progress progress = Progress.start(out, "Gắn nhãn lại", ARTICLES, total);
            Retagging retagging = new Retagging(classifier, corrected);
            long walked;
            try {
                walked = store.scan(request, batch -> {
                    List<Article> changed = retagging.apply(batch);
                    if (!changed.isEmpty()) {
                        store.upsert(changed);
                    }
                    progress.advance(batch.size());
                });
            } catch (StoreException e) {
                progress.finish();
                // What was written stays written; running the command again redoes the rest (and finds no change
                // in what is done).
                spec.commandLine().getErr().printf(Locale.ROOT, "Gắn nhãn lại bị dừng sau %d bài, chạy lại lệnh để "
                        + "làm tiếp — reindexing stopped after %d articles; run it again to finish: %s%n",
                        progress.done(), progress.done(), e.getMessage());
                return PresswatchCli.FAILED;
            }
            progress.finish();
            long seconds = Math.round(progress.elapsed().toMillis() / 1000.0);
            out.printf(Locale.ROOT, "Xong: %d bài, %d thay đổi chủ đề/sắc thái, %d bài được ghi lại, %d giây"
                            + " — Done: %d articles, %d with changed topics/tone, %d rewritten, %d s%n",
                    walked, retagging.retagged, retagging.written, seconds, walked, retagging.retagged,
                    retagging.written, seconds);
            return PresswatchCli.OK;
        }
    }

    /**
     * The classifier the crawl uses: the shipped one, retrained with the corrections. At start-up that retraining
     * runs in the background; here it is done before the walk, or the archive would be tagged without what editors
     * taught. (CurrentClassifier offers no way to wait for its start-up retraining, so with corrections the models
     * are trained twice; a way to await it there would save that.)
     */
    private static ArticleClassifier classifier(ApplicationContext context, boolean corrections) {
        CurrentClassifier current = context.getBean(CurrentClassifier.class);
        if (corrections) {
            current.retrainNow();
        }
        return current.get();
    }

    /** Re-tags batches and counts what changed. Runs on the walk's thread only. */
    private static final class Retagging {
        private final ArticleClassifier classifier;
        private final Set<String> corrected;
        private long retagged;
        private long written;

        Retagging(ArticleClassifier classifier, Set<String> corrected) {
            this.classifier = classifier;
            this.corrected = corrected;
        }

        /** The articles of {@code batch} whose tags changed, re-tagged. */
        List<Article> apply(List<Article> batch) {
            List<Article> changed = new ArrayList<>();
            for (Article article : batch) {
                Article tagged = classifier.tag(article);
                if (corrected.contains(article.id())) {
                    tagged = tagged.toBuilder().topics(article.topics()).tone(article.tone()).build();
                }
                if (!tagged.equals(article)) {
                    changed.add(tagged);
                    if (!new HashSet<>(tagged.topicIds()).equals(new HashSet<>(article.topicIds()))
                            || tagged.tone() != article.tone()) {
                        retagged++;
                    }
                }
            }
            written += changed.size();
            return changed;
        }
    }

    /** The walk's filter: whole days in Vietnam time, {@code --to} included. */
    private ArticleFilter filter() {
        LocalDate first = from == null ? null : date("--from", from);
        LocalDate last = to == null ? null : date("--to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " trước --from " + from
                    + " — --to is before --from");
        }
        Instant start = first == null ? null : first.atStartOfDay(StatsRequest.VIETNAM).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(StatsRequest.VIETNAM).toInstant();
        ArticleFilter filter = ArticleFilter.none().withRange(start, end);
        return sources.isEmpty() ? filter : filter.withSources(sources);
    }

    private LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " '" + value + "' không phải ngày dạng "
                    + "NĂM-THÁNG-NGÀY, ví dụ 2025-08-18 — is not a date of the form YYYY-MM-DD");
        }
    }

    private int checkedBatchSize() {
        if (batchSize < 1 || batchSize > ScanRequest.MAX_BATCH) {
            throw new ParameterException(spec.commandLine(), "--batch-size phải từ 1 đến " + ScanRequest.MAX_BATCH
                    + " — --batch-size must be between 1 and " + ScanRequest.MAX_BATCH + ": " + batchSize);
        }
        return batchSize;
    }
}
