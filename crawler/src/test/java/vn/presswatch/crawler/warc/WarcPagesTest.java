package vn.presswatch.crawler.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.presswatch.crawler.warc.Archives.CAPTURED;
import static vn.presswatch.crawler.warc.Archives.chunked;
import static vn.presswatch.crawler.warc.Archives.gzip;
import static vn.presswatch.crawler.warc.Archives.latin1;
import static vn.presswatch.crawler.warc.Archives.utf8;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcPagesTest {

    private static final String HAI_PHONG_TITLE = "Hải Phòng đón hơn 1,2 triệu lượt khách dịp Lễ hội Hoa Phượng Đỏ";
    private static final String HAI_PHONG_TEXT = "Thành phố Cảng tổ chức nhiều hoạt động văn hóa, thể thao đặc sắc.";
    private static final String NINH_BINH_TITLE = "Ninh Bình: Tràng An đón khách quốc tế tăng mạnh";
    private static final String NINH_BINH_TEXT = "Quần thể danh thắng Tràng An tiếp tục thu hút du khách trong và ngoài nước.";

    @TempDir
    Path dir;

    private final WarcPages warcPages = new WarcPages();

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void deliversHtml200ResponsesAndCountsWhatItSkipped(boolean gzip) throws Exception {
        String ninhBinhHtml = Archives.html(NINH_BINH_TITLE, NINH_BINH_TEXT);
        byte[] chunkedGzipped = concat(latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
                + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"),
                chunked(gzip(utf8(ninhBinhHtml)), 37));
        byte[] commonCrawlBody = utf8(Archives.html(HAI_PHONG_TITLE, NINH_BINH_TEXT));
        Archives archive = new Archives()
                .warcinfo()
                .request("https://baohaiphong.vn/le-hoi-hoa-phuong-do.html")
                .html("https://baohaiphong.vn/le-hoi-hoa-phuong-do.html", HAI_PHONG_TITLE, HAI_PHONG_TEXT)
                .metadata("https://baohaiphong.vn/le-hoi-hoa-phuong-do.html")
                .response("https://baohaiphong.vn/khong-con.html", 404, "text/html; charset=utf-8",
                        utf8(Archives.html("Không tìm thấy trang", "Trang đã bị xóa.")))
                .response("https://baohaiphong.vn/bao-cao.pdf", 200, "application/pdf", latin1("%PDF-1.7\n%âãÏÓ\n"))
                .revisit("https://baohaiphong.vn/le-hoi-hoa-phuong-do.html")
                .rawResponse("https://baoninhbinh.org.vn/trang-an.html", chunkedGzipped)
                // As Common Crawl stores it: payload already decoded, the original encodings renamed.
                .rawResponse("https://vnexpress.net/hai-phong.html", concat(latin1("HTTP/1.1 200 OK\r\n"
                        + "Content-Type: text/html; charset=utf-8\r\nX-Crawler-Content-Encoding: gzip\r\n"
                        + "X-Crawler-Transfer-Encoding: chunked\r\nContent-Length: " + commonCrawlBody.length
                        + "\r\n\r\n"), commonCrawlBody),
                        "WARC-Block-Digest", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
                        "WARC-Payload-Digest", "sha1:LYRXVCJKP6YZ4ZXRSZJHYHRXC2QL2MRB",
                        "WARC-Identified-Payload-Type", "text/html");
        Path file = dir.resolve(gzip ? "news.warc.gz" : "news.warc");
        archive.writeTo(file, gzip);

        List<CapturedPage> pages;
        WarcReadSummary summary;
        try (WarcPageReader reader = warcPages.open(file)) {
            pages = readAll(reader);
            summary = reader.summary();
        }

        assertThat(pages).extracting(CapturedPage::targetUrl).containsExactly(
                "https://baohaiphong.vn/le-hoi-hoa-phuong-do.html", "https://baoninhbinh.org.vn/trang-an.html",
                "https://vnexpress.net/hai-phong.html");
        CapturedPage haiPhong = pages.get(0);
        assertThat(text(haiPhong)).isEqualTo(Archives.html(HAI_PHONG_TITLE, HAI_PHONG_TEXT));
        assertThat(haiPhong.status()).isEqualTo(200);
        assertThat(haiPhong.contentType()).as("as jwarc's writer put it").isEqualTo("text/html;charset=utf-8");
        assertThat(haiPhong.headerCharset()).isEqualTo("utf-8");
        assertThat(haiPhong.capturedAt()).isEqualTo(CAPTURED);
        assertThat(haiPhong.recordId()).isEqualTo(archive.ids().get(2)).startsWith("urn:uuid:");
        assertThat(haiPhong.truncated()).isFalse();
        CapturedPage ninhBinh = pages.get(1);
        assertThat(text(ninhBinh)).as("de-chunked and gunzipped").isEqualTo(ninhBinhHtml);
        assertThat(ninhBinh.recordId()).isEqualTo(archive.ids().get(7));
        assertThat(text(pages.get(2))).isEqualTo(Archives.html(HAI_PHONG_TITLE, NINH_BINH_TEXT));

        assertThat(summary.pages()).isEqualTo(3);
        assertThat(summary.skipped(SkipReason.NOT_200)).isEqualTo(1);
        assertThat(summary.skipped(SkipReason.NOT_HTML)).isEqualTo(1);
        assertThat(summary.skipped(SkipReason.TOO_BIG)).isZero();
        assertThat(summary.skipped(SkipReason.UNREADABLE)).isZero();
        assertThat(summary.otherRecords()).as("warcinfo, request, metadata, revisit").isEqualTo(4);
        assertThat(summary.vietnameseSummary()).isEqualTo("Đã đọc 3 trang, bỏ qua 2 (mã trạng thái HTTP khác 200: 1, "
                + "không phải HTML: 1, quá lớn: 0, không đọc được nội dung: 0)");
        assertThat(summary).hasToString("read 3 pages, skipped 2 (not 200: 1, not HTML: 1, too big: 0, "
                + "unreadable: 0); 4 other records");
    }

    @Test
    void bodiesOverTheLimitAreSkippedAndCountedAfterDecoding() throws Exception {
        String big = "Cảng Lạch Huyện ".repeat(400);
        Path file = dir.resolve("big.warc.gz");
        new Archives()
                .html("https://example.vn/lon.html", "Bài rất dài", big)
                .rawResponse("https://example.vn/nen.html", concat(latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: gzip\r\n\r\n"), gzip(utf8(Archives.html("Bài nén", big)))))
                .html("https://example.vn/nho.html", HAI_PHONG_TITLE, HAI_PHONG_TEXT)
                .writeTo(file, true);
        assertThat(gzip(utf8(Archives.html("Bài nén", big))).length).as("compressed, it is under the limit")
                .isLessThan(2000);

        try (WarcPageReader reader = new WarcPages(new WarcPages.Settings(2000)).open(file)) {
            assertThat(readAll(reader)).extracting(CapturedPage::targetUrl).containsExactly("https://example.vn/nho.html");
            assertThat(reader.summary().skipped(SkipReason.TOO_BIG)).isEqualTo(2);
            assertThat(reader.summary().vietnameseSummary()).startsWith("Đã đọc 1 trang, bỏ qua 2 (").contains("quá lớn: 2");
        }
    }

    @Test
    void aRecordWithAnUndecodableBodyIsSkippedAndReadingGoesOn() throws Exception {
        Path file = dir.resolve("encodings.warc");
        new Archives()
                .rawResponse("https://example.vn/brotli.html", latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: br\r\n\r\n\u008b\u0003\u0080<html></html>\u0003"))
                .rawResponse("https://example.vn/not-gzip.html", latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: gzip\r\n\r\n<html>not gzip at all</html>"))
                .rawResponse("https://example.vn/not-http.html", latin1("this is not an HTTP message\r\n\r\n"))
                .html("https://example.vn/ok.html", NINH_BINH_TITLE, NINH_BINH_TEXT)
                .writeTo(file, false);

        try (WarcPageReader reader = warcPages.open(file)) {
            List<CapturedPage> pages = readAll(reader);

            assertThat(pages).extracting(CapturedPage::targetUrl).containsExactly("https://example.vn/ok.html");
            assertThat(text(pages.get(0))).contains(NINH_BINH_TEXT);
            assertThat(reader.summary().skipped(SkipReason.UNREADABLE)).isEqualTo(3);
        }
    }

    @Test
    void aCaptureTheArchiverCutShortIsDeliveredAndMarked() throws Exception {
        Path file = dir.resolve("cut-capture.warc.gz");
        byte[] http = concat(latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"),
                utf8("<html><head><title>" + HAI_PHONG_TITLE + "</title></head><body><p>Phần đầu"));
        new Archives().rawResponse("https://example.vn/dai.html", http, "WARC-Truncated", "length").writeTo(file, true);

        try (WarcPageReader reader = warcPages.open(file)) {
            CapturedPage page = reader.next().orElseThrow();
            assertThat(page.truncated()).isTrue();
            assertThat(text(page)).endsWith("<p>Phần đầu");
            assertThat(reader.next()).isEmpty();
        }
    }

    /**
     * Cuts at several depths into the last record (its trailer, its body, its WARC header), whose body is plain or
     * chunked and gzipped: every page before the cut arrives, then the error names the last record's offset.
     */
    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void aTruncatedArchiveDeliversThePagesBeforeTheCutThenFailsClearly(boolean gzip) throws Exception {
        String lastText = "Nội dung bài cuối ".repeat(50);
        for (boolean lastChunked : new boolean[] {false, true}) {
            Archives archive = new Archives()
                    .warcinfo()
                    .html("https://example.vn/1.html", HAI_PHONG_TITLE, HAI_PHONG_TEXT)
                    .response("https://example.vn/anh.png", 200, "image/png", new byte[300])
                    .html("https://example.vn/2.html", NINH_BINH_TITLE, NINH_BINH_TEXT);
            if (lastChunked) {
                archive.rawResponse("https://example.vn/3.html", concat(latin1("HTTP/1.1 200 OK\r\n"
                        + "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"),
                        chunked(gzip(utf8(lastText)), 64)));
            } else {
                archive.html("https://example.vn/3.html", "Bài cuối", lastText);
            }
            Path whole = dir.resolve("whole-" + lastChunked + (gzip ? ".warc.gz" : ".warc"));
            List<Long> offsets = archive.writeTo(whole, gzip);
            byte[] bytes = Files.readAllBytes(whole);
            long lastRecord = offsets.get(offsets.size() - 1);
            long lastLength = bytes.length - lastRecord;

            for (long cut : new long[] {2, 4, 30, lastLength / 2, lastLength - 20}) {
                Path file = dir.resolve("cut-" + cut + "-" + lastChunked + (gzip ? ".warc.gz" : ".warc"));
                Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length - cut)));
                // A plain record cut only in its closing CRLF CRLF still has its whole body: it is delivered.
                boolean lastBodyWhole = !gzip && cut <= 4;
                assertCutIsReported(file, lastRecord, lastBodyWhole ? lastText : null,
                        "cut " + cut + ", chunked " + lastChunked);
            }
        }
    }

    private void assertCutIsReported(Path file, long lastRecord, String lastText, String description) throws Exception {
        List<CapturedPage> delivered = new ArrayList<>();
        try (WarcPageReader reader = warcPages.open(file)) {
            WarcReadException e = catchThrowableOfType(WarcReadException.class, () -> {
                for (Optional<CapturedPage> page = reader.next(); page.isPresent(); page = reader.next()) {
                    delivered.add(page.get());
                }
            });

            assertThat(e).as(description).isNotNull();
            List<String> expected = lastText != null
                    ? List.of("https://example.vn/1.html", "https://example.vn/2.html", "https://example.vn/3.html")
                    : List.of("https://example.vn/1.html", "https://example.vn/2.html");
            assertThat(delivered).extracting(CapturedPage::targetUrl).as(description).isEqualTo(expected);
            assertThat(text(delivered.get(1))).isEqualTo(Archives.html(NINH_BINH_TITLE, NINH_BINH_TEXT));
            if (lastText != null) {
                assertThat(text(delivered.get(2))).as(description).contains(lastText);
            }
            assertThat(e.reason()).as(description + ": " + e.getMessage()).isEqualTo(WarcReadException.Reason.TRUNCATED);
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.offset()).as(description).isEqualTo(lastRecord);
            assertThat(e.summarySoFar().pages()).isEqualTo(expected.size());
            assertThat(e.summarySoFar().skipped(SkipReason.NOT_HTML)).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("Tệp WARC bị cắt cụt: " + file + " tại vị trí byte " + lastRecord
                    + " (đã đọc được " + expected.size() + " trang trước đó) / WARC file truncated: " + file
                    + " at byte offset " + lastRecord + " (" + expected.size() + " pages read before): ");
            assertThat(e.vietnameseMessage()).isEqualTo("Tệp WARC bị cắt cụt: " + file + " tại vị trí byte " + lastRecord);
            assertThat(catchThrowableOfType(WarcReadException.class, reader::next)).as("stays failed").isSameAs(e);
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {true, false})
    void aCorruptRecordEndsReadingWithItsOffset(boolean gzip) throws Exception {
        Path file = dir.resolve(gzip ? "corrupt.warc.gz" : "corrupt.warc");
        List<Long> offsets = new Archives()
                .html("https://example.vn/1.html", HAI_PHONG_TITLE, HAI_PHONG_TEXT)
                .html("https://example.vn/2.html", NINH_BINH_TITLE, NINH_BINH_TEXT)
                .html("https://example.vn/3.html", "Bài ba", "Nội dung")
                .writeTo(file, gzip);
        byte[] bytes = Files.readAllBytes(file);
        int second = Math.toIntExact(offsets.get(1));
        // Plain: "WARC/1.1" becomes "XXXX/1.1". Gzip: the member's compressed data (after its 10-byte header) is junk.
        int from = gzip ? second + 12 : second;
        Arrays.fill(bytes, from, from + (gzip ? 40 : 4), (byte) 'X');
        Files.write(file, bytes);

        try (WarcPageReader reader = warcPages.open(file)) {
            assertThat(reader.next()).map(CapturedPage::targetUrl).contains("https://example.vn/1.html");
            WarcReadException e = catchThrowableOfType(WarcReadException.class, reader::next);

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(WarcReadException.Reason.CORRUPT);
            assertThat(e.offset()).isEqualTo(offsets.get(1));
            assertThat(e.getMessage()).startsWith("Tệp WARC bị hỏng: " + file + " tại vị trí byte " + second)
                    .contains(" / WARC file corrupt: " + file + " at byte offset " + second);
        }
    }

    @Test
    void aFileThatIsNotAnArchiveFailsAtOffsetZero() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, Archives.html(HAI_PHONG_TITLE, HAI_PHONG_TEXT), StandardCharsets.UTF_8);

        try (WarcPageReader reader = warcPages.open(file)) {
            WarcReadException e = catchThrowableOfType(WarcReadException.class, reader::next);

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(WarcReadException.Reason.CORRUPT);
            assertThat(e.offset()).isZero();
        }
    }

    @Test
    void aMissingFileIsAClearErrorWhenOpening() {
        Path file = dir.resolve("khong-co.warc.gz");

        WarcReadException e = catchThrowableOfType(WarcReadException.class, () -> warcPages.open(file));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(WarcReadException.Reason.UNREADABLE_FILE);
        assertThat(e.offset()).isEqualTo(-1);
        assertThat(e.getMessage()).startsWith("Không đọc được tệp WARC: " + file + " khi mở tệp")
                .contains("cannot read WARC file: " + file);
    }

    @Test
    void anEmptyArchiveHasNoPages() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.warc"));

        try (WarcPageReader reader = warcPages.open(file)) {
            assertThat(reader.next()).isEmpty();
            assertThat(reader.summary().pages()).isZero();
        }
    }

    /** The first page arrives after a few kilobytes of a megabyte-sized stream: nothing reads the archive ahead. */
    @Test
    void readsAStreamRecordByRecord() throws Exception {
        Archives archive = new Archives();
        for (int i = 0; i < 300; i++) {
            archive.html("https://example.vn/" + i + ".html", HAI_PHONG_TITLE + " " + i, HAI_PHONG_TEXT.repeat(60));
        }
        Path file = dir.resolve("many.warc.gz");
        archive.writeTo(file, true);
        long size = Files.size(file);
        assertThat(size).isGreaterThan(100_000);

        try (CountingStream in = new CountingStream(Files.newInputStream(file));
             WarcPageReader reader = warcPages.open(in, "many.warc.gz")) {
            assertThat(reader.next()).map(CapturedPage::targetUrl).contains("https://example.vn/0.html");
            assertThat(in.count).isLessThan(64 * 1024);

            int rest = readAll(reader).size();
            assertThat(rest).isEqualTo(299);
            assertThat(in.count).isEqualTo(size);
        }
    }

    private static List<CapturedPage> readAll(WarcPageReader reader) throws WarcReadException {
        List<CapturedPage> pages = new ArrayList<>();
        for (Optional<CapturedPage> page = reader.next(); page.isPresent(); page = reader.next()) {
            pages.add(page.get());
        }
        return pages;
    }

    private static String text(CapturedPage page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
