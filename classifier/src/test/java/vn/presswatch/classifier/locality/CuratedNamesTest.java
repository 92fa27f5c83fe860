package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedNamesTest {

    @Test
    void theBundledRulesAreValid() {
        CuratedNames curated = CuratedNames.bundled();
        assertThat(curated.rows()).hasSizeGreaterThan(150);
        assertThat(curated.rows()).extracting(CuratedNames.Row::kind).contains(CuratedNames.Kind.values());
        // Building the index checks every qualified name is a unit name and every code exists.
        new NameIndex(Gazetteer.bundled(), curated, List.of());
    }

    @Test
    void aQualifiedNameMustBeAUnitName() {
        CuratedNames curated = read("qualify\tKhông Có Xã Này\n");
        assertThatThrownBy(() -> new NameIndex(Gazetteer.bundled(), curated, List.of()))
                .hasMessageContaining("Không Có Xã Này");
    }

    @Test
    void anAliasMustNameAUnit() {
        assertThatThrownBy(() -> new NameIndex(Gazetteer.bundled(), read("alias\tĐất Cảng\t00000\n"), List.of()))
                .hasMessageContaining("00000");
    }

    @Test
    void rejectsUnknownKindsAndMissingColumns() {
        assertThatThrownBy(() -> read("maybe\tHải Phòng\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("# comment\nalias\tĐất Cảng\n")).hasMessageContaining("line 2");
    }

    private static CuratedNames read(String text) {
        try {
            return CuratedNames.read(new BufferedReader(new StringReader(text)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
