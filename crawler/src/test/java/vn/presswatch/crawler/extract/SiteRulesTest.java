package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

    private static SiteRules load(String json) throws IOException {
        return SiteRules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledRulesLoadAndCoverVnExpress() {
        SiteRules rules = SiteRules.bundled();

        assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rules.forHost("vnexpress.net")).hasValueSatisfying(rule -> assertThat(rule.body()).contains("article.fck_detail"));
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.note()).contains("unverified"));
    }

    @Test
    void matchesSubdomainsButNotLookalikes() throws IOException {
        SiteRules rules = load("{\"sites\": [{\"hosts\": [\"Baohaiphong.vn\"], \"body\": [\".detail-content\"]}]}");

        assertThat(rules.forHost("baohaiphong.vn")).isPresent();
        assertThat(rules.forHost("m.baohaiphong.vn")).isPresent();
        assertThat(rules.forHost("fakebaohaiphong.vn")).isEmpty();
        assertThat(rules.forHost("")).isEmpty();
    }

    @Test
    void rejectsABadSelectorWhenLoaded() {
        assertThatThrownBy(() -> load("{\"sites\": [{\"hosts\": [\"a.vn\"], \"body\": [\"div[[\"]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("div[[").hasMessageContaining("a.vn");
    }

    @Test
    void rejectsARuleWithoutHosts() {
        assertThatThrownBy(() -> load("{\"sites\": [{\"body\": [\"article\"]}]}")).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
