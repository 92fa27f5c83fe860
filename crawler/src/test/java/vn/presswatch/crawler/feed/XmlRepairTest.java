package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlRepairTest {

    @Test
    void wellFormedXmlIsReturnedUnchangedWithNoFixes() {
        String xml = "<?xml version=\"1.0\"?>\n<rss a=\"x &amp; y\"><t>&lt;b&gt; &#233; &#x1EA1; &quot;</t><!-- & < --></rss>";

        XmlRepair.Result result = XmlRepair.repair(xml);

        assertThat(result.text()).isEqualTo(xml);
        assertThat(result.fixes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<t>a&nbsp;b</t>             | <t>a&#160;b</t>",
            "<t>x&hellip;</t>            | <t>x&#8230;</t>",
            "<t>Vàng & bạc</t>           | <t>Vàng &amp; bạc</t>",
            "<t>a&b=1</t>                | <t>a&amp;b=1</t>",
            "<t>&lol9;</t>               | <t>&amp;lol9;</t>",
            "<t>&#8;x</t>                | <t>x</t>",
            "<t>lãi <5%</t>              | <t>lãi &lt;5%</t>",
            "<a href=\"?x=1&y=2\">t</a>  | <a href=\"?x=1&amp;y=2\">t</a>",
            "<a t='a<b'>t</a>            | <a t='a&lt;b'>t</a>",
            "<t><![CDATA[&nbsp; & <]]></t> | <t><![CDATA[&nbsp; & <]]></t>",
            "<t><!-- & --></t>           | <t><!-- & --></t>",
    })
    void fixes(String input, String expected) {
        assertThat(XmlRepair.repair(input).text()).isEqualTo(expected);
    }

    @Test
    void controlCharactersAreDroppedExceptWordSeparatingOnes() {
        XmlRepair.Result result = XmlRepair.repair("<t>Cảng\u000BLạch\u0001 Huyện\u000C!\uFFFF</t>");

        assertThat(result.text()).isEqualTo("<t>Cảng Lạch Huyện !</t>");
        assertThat(result.fixes()).containsExactly("removed 4 characters XML does not allow (control characters)");
    }

    @Test
    void doctypeWithInternalSubsetIsRemovedKeepingItsLineBreaks() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY x \"]>\">\n<!ENTITY y 'z'>\n]>\n<rss>&x;</rss>";

        XmlRepair.Result result = XmlRepair.repair(xml);

        assertThat(result.text()).isEqualTo("<?xml version=\"1.0\"?>\n\n\n\n\n<rss>&amp;x;</rss>");
        assertThat(result.text().lines().count()).isEqualTo(xml.lines().count());
        assertThat(result.fixes()).contains("removed the DOCTYPE (its DTD and entity declarations are never used)");
    }

    @Test
    void junkBeforeTheXmlIsRemovedAndTheDeclarationThatCannotFollowItToo() {
        XmlRepair.Result result = XmlRepair.repair("Warning: x on line 3\n<?xml version=\"1.0\"?><rss/>");

        assertThat(result.text()).isEqualTo("\n<rss/>");
        assertThat(result.fixes()).containsExactly("removed 21 characters of junk before the XML",
                "removed 1 misplaced XML declarations");
    }

    @Test
    void fixesAreCountedAndNamed() {
        XmlRepair.Result result = XmlRepair.repair("<t>&nbsp;&nbsp;&hellip;&copy;&reg;&trade; & &foo; &bar;</t>");

        assertThat(result.fixes()).containsExactly(
                "replaced 6 HTML entities XML does not define (&nbsp;, &hellip;, &copy;, &reg;, &trade;)",
                "kept 2 unknown entity references as text (&foo;, &bar;)",
                "escaped 1 bare '&'");
    }

    @Test
    void unterminatedConstructsAreCopiedNotLooped() {
        assertThat(XmlRepair.repair("<rss><![CDATA[never closed").text()).isEqualTo("<rss><![CDATA[never closed");
        assertThat(XmlRepair.repair("<rss><!-- never closed").text()).isEqualTo("<rss><!-- never closed");
        assertThat(XmlRepair.repair("<rss a=\"never closed").text()).isEqualTo("<rss a=\"never closed");
        assertThat(XmlRepair.repair("<!DOCTYPE rss [ never closed").text()).isEmpty();
    }
}
