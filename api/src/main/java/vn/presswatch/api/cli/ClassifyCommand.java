package vn.presswatch.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Classification;

/**
 * {@code classify [FILE]}: reads JSON Lines {@code {"id","title","text"}} from the file or standard input and prints
 * one JSON line per input with id, topics (with scores), tone, language and localities. A line that is not such
 * an object gets {@code ok:false} and the reason; the command goes on with the next line.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
                "Phân loại bài viết: đọc các dòng JSON {\"id\",\"title\",\"text\"} từ tệp hoặc đầu vào chuẩn, in chủ đề "
                        + "(kèm điểm), sắc thái, ngôn ngữ và địa bàn của từng bài.",
                "Classifies articles: reads JSON lines {\"id\",\"title\",\"text\"} from FILE or standard input and "
                        + "prints topics (with scores), tone, language and localities for each."})
final class ClassifyCommand implements Callable<Integer> {
    /** Longest text read per article: far more than any article, small enough for any input to be safe. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final CommandEnvironment environment;
    private final JsonLines json;
    private final Supplier<ArticleClassifier> classifiers;
    private final InputStream stdin;
    private final ObjectMapper mapper = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = {"Tệp JSON Lines; không có thì đọc đầu vào chuẩn.",
        "A JSON Lines file; standard input when absent."})
    private Path file;

    ClassifyCommand(CommandEnvironment environment, JsonLines json, Supplier<ArticleClassifier> classifiers,
                    InputStream stdin) {
        this.environment = environment;
        this.json = json;
        this.classifiers = classifiers;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        environment.reserveStdoutForData();
        ArticleClassifier classifier = classifiers.get();
        boolean allOk = true;
        try (InputStream in = file == null ? stdin : Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                allOk &= classifyLine(classifier, line, lineNumber);
            }
        }
        return allOk ? PresswatchCli.OK : PresswatchCli.FAILED;
    }

    private boolean classifyLine(ArticleClassifier classifier, String line, int lineNumber) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            out.put("line", lineNumber);
            out.put("ok", false);
            out.put("error", "Dòng " + lineNumber + " không phải một đối tượng JSON — line " + lineNumber
                    + " is not a JSON object");
            json.write(out);
            return false;
        }
        out.put("id", node.has("id") ? node.get("id") : null);
        String title = text(node, "title");
        String body = text(node, "text");
        if (title.isBlank() && body.isBlank()) {
            out.put("ok", false);
            out.put("error", "Không có tiêu đề và nội dung — no title and no text");
            json.write(out);
            return false;
        }
        Classification c = classifier.classify(title, body);
        out.put("ok", true);
        List<Map<String, Object>> topics = c.topics().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", t.topic());
            m.put("score", Math.round(t.score() * 1000) / 1000.0);
            return m;
        }).toList();
        out.put("topics", topics);
        out.put("tone", c.tone().id());
        out.put("language", c.language());
        out.put("localities", c.localities());
        json.write(out);
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        String s = value.isTextual() ? value.asText() : value.toString();
        return s.length() > MAX_TEXT_CHARS ? s.substring(0, MAX_TEXT_CHARS) : s;
    }
}
