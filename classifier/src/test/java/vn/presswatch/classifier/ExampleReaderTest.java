package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Tone;

class ExampleReaderTest {
    private final ExampleReader reader = new ExampleReader(Taxonomy.standard());

    private List<Example> read(String text) throws IOException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void readsLabelsToneTitleAndText() throws IOException {
        List<Example> examples = read("# comment\n\nocop,investment\tpositive\tTiêu đề\tNội dung bài\n"
                + "-\tneutral\tChỉ có tiêu đề\t\n");
        assertThat(examples).hasSize(2);
        assertThat(examples.get(0).topics()).containsExactly("ocop", "investment");
        assertThat(examples.get(0).tone()).isEqualTo(Tone.POSITIVE);
        assertThat(examples.get(1).topics()).isEmpty();
        assertThat(examples.get(1).text()).isEmpty();
        assertThat(examples.get(1).origin()).isEqualTo("test.txt:4");
    }

    @Test
    void aBadLineNamesFileAndLine() {
        assertThatThrownBy(() -> read("ocop\tpositive\tTiêu đề\n")).hasMessageContaining("test.txt:1")
                .hasMessageContaining("4 TAB-separated fields");
        assertThatThrownBy(() -> read("\n\nweather\tneutral\tBão\tMưa lớn\n")).hasMessageContaining("test.txt:3")
                .hasMessageContaining("unknown topic 'weather'");
        assertThatThrownBy(() -> read("ocop\tgood\tTiêu đề\tx\n")).hasMessageContaining("tone");
    }

    @Test
    void theShippedFilesAreValidAndCoverEveryTopic() {
        Taxonomy taxonomy = Taxonomy.standard();
        List<Example> training = TrainingSet.training(taxonomy);
        for (String topic : taxonomy.ids()) {
            assertThat(training.stream().filter(e -> e.topics().contains(topic)).count()).as(topic)
                    .isGreaterThanOrEqualTo(80);
        }
        assertThat(training.stream().filter(e -> e.topics().isEmpty()).count()).isGreaterThanOrEqualTo(80);
        assertThat(TrainingSet.heldOut(taxonomy)).isNotEmpty();
    }
}
