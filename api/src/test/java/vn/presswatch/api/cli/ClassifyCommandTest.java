package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify, in-process, with the shipped classifier. */
class ClassifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTopicsToneLanguageForEachLineAndReportsBadLines() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a1\",\"title\":\"Hải Phòng có thêm 25 sản phẩm OCOP đạt 4 sao\",\"text\":\"Nước mắm Cát Hải, "
                        + "bánh đa Kinh Môn và nhiều đặc sản làng nghề được công nhận sản phẩm OCOP.\"}",
                "not json",
                "{\"id\":7,\"title\":\"\",\"text\":\"\"}",
                "{\"id\":\"a4\",\"title\":\"Vietnam's northern port city welcomes record number of tourists\"}",
                "{\"id\":\"a5\",\"title\":\"Kinh tế biển\",\"text\":\"" + "Hải Phòng phát triển kinh tế biển. ".repeat(30_000)
                        + "\"}"), StandardCharsets.UTF_8);

        CliRun run = CliRun.run("classify", input.toString());

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(5);
        JsonNode first = lines.get(0);
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("topics").findValuesAsText("topic")).contains("ocop");
        assertThat(first.get("topics").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("tone").asText()).isIn("positive", "neutral", "negative");
        assertThat(first.get("language").asText()).isEqualTo("vi");
        assertThat(first.get("localities").isArray()).isTrue();
        assertThat(lines.get(1).get("ok").asBoolean()).isFalse();
        assertThat(lines.get(1).get("error").asText()).contains("dòng 2".substring(1)).contains("not a JSON object");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).get("error").asText()).contains("no title and no text");
        assertThat(lines.get(3).get("language").asText()).isEqualTo("en");
        assertThat(lines.get(4).get("ok").asBoolean()).isTrue();
        assertThat(run.status()).isEqualTo(PresswatchCli.FAILED);
    }
}
