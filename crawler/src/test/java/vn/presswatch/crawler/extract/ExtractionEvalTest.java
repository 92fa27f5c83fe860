package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

    @Test
    void normalisesWhitespaceAsTheBenchmarkDoes() {
        assertThat(FragmentScore.norm(" a\u00A0\u3000b\u001Cc\n\td ")).isEqualTo("a b c d");
        assertThat(FragmentScore.norm("a\u200Bb")).as("a zero-width space is not whitespace").isEqualTo("a\u200Bb");
    }

    @Test
    void computesTheScoresFromPooledCounts() {
        FragmentScore score = new FragmentScore(8, 2, 2, 8);
        assertThat(score.precision()).isEqualTo(0.8);
        assertThat(score.recall()).isEqualTo(0.8);
        assertThat(score.accuracy()).isEqualTo(0.8);
        assertThat(score.f1()).isEqualTo(0.8);
        assertThat(FragmentScore.ZERO.f1()).as("no division by zero").isZero();
    }

    @Test
    void scoresAPageDirectoryLikeTheBenchmarkOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        String html = "<html><body><nav><a href=\"/\">Impressum</a></nav><div class=\"content\">" + Pages.paragraphs("Hải Phòng", 4)
                + "</div></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages/one.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://example.vn/one": {"file": "one.html",
                  "with": ["Đoạn 1 về Hải Phòng", "Đoạn 4 về Hải Phòng", "không có trong trang"],
                  "without": ["Impressum"]}}""", StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        FragmentScore score = ExtractionEval.run(dir, Integer.MAX_VALUE, true, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(score).isEqualTo(new FragmentScore(2, 0, 1, 1));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("missed:   không có trong trang").contains("| 1.000 ");
    }
}
