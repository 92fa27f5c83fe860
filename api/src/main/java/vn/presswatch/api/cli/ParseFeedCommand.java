package vn.presswatch.api.cli;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.feed.FeedParser;

/**
 * {@code parse-feed FILE...}: runs the crawler's feed parser on saved RSS/Atom files and prints one JSON line per
 * file ({@link FeedLine}, or {@link FailureLine} with the reason), for checking a source's feed before adding it.
 */
@Command(
        name = "parse-feed",
        mixinStandardHelpOptions = true,
        description = {
                "Đọc thử các tệp nguồn tin RSS/Atom đã lưu; in mỗi tệp một dòng JSON: số tin, tiêu đề, "
                        + "hoặc lý do không đọc được.",
                "Parses saved RSS/Atom feeds; prints one JSON line per file: item count and title, or why it "
                        + "cannot be read."},
        footer = {"", "Mã thoát — exit status: 0 mọi tệp đều được — all files ok; 1 có tệp lỗi — some files failed; "
                + "2 sai cú pháp lệnh — usage error."})
final class ParseFeedCommand implements Callable<Integer> {

    /**
     * Default base for relative links in the feed: the reserved .invalid domain (RFC 2606) shows at a glance
     * that the real address was not given.
     */
    static final String UNKNOWN_FEED_URL = "https://feed.invalid/";

    private final CommandEnvironment environment;
    private final JsonLines json;
    private final Clock clock;
    private final FeedParser.Settings settings = FeedParser.Settings.defaults();
    private final FeedParser parser = new FeedParser(settings);

    @Spec
    private CommandSpec spec;

    @Mixin
    private TimeLimitOption timeLimit;

    private String url = UNKNOWN_FEED_URL;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = {"Các tệp RSS/Atom.", "RSS/Atom files."})
    private List<String> files;

    ParseFeedCommand(CommandEnvironment environment, JsonLines json, Clock clock) {
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    @Option(names = "--url", paramLabel = "URL", description = {
            "Địa chỉ của nguồn tin (để tính liên kết tương đối; mặc định " + UNKNOWN_FEED_URL + ").",
            "The feed's address (resolves relative links; default " + UNKNOWN_FEED_URL + ")."})
    void url(String value) {
        url = WebUrls.requireAbsoluteWebUrl(spec, value);
    }

    @Override
    public Integer call() {
        environment.reserveStdoutForData();
        try (FileRunner runner = new FileRunner(timeLimit.limit())) {
            return runner.processAll(files, this::parse, json);
        }
    }

    private FeedLine parse(String file) throws UnusableFileException {
        byte[] bytes = FileInput.read(file, settings.maxBytes());
        if (bytes.length == 0) {
            throw new UnusableFileException("Tệp rỗng", "the file is empty");
        }
        try {
            return FeedLine.of(file, parser.parse(bytes, null, url, ZonedDateTime.now(clock)));
        } catch (FeedParseException e) {
            throw new UnusableFileException(FeedErrorMessages.vietnamese(e.getMessage()), e.getMessage(), e);
        }
    }
}
