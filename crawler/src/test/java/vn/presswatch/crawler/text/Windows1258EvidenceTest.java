package vn.presswatch.crawler.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class Windows1258EvidenceTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void toneMarksAfterVowelsAreVietnamese() {
        Windows1258Evidence evidence = Windows1258Evidence.of(
                CharsetSnifferTest.encode1258("Đoàn công tác thành phố thăm Incheon; đẩy mạnh hợp tác cảng biển"), 0);

        assertThat(evidence.vietnamese()).isGreaterThan(10);
        assertThat(evidence.western()).isZero();
        assertThat(evidence.overrulesLatinLabel()).isTrue();
    }

    @Test
    void italianGravesAfterConsonantsAreWestern() {
        Windows1258Evidence evidence = Windows1258Evidence.of(
                "Perché la città è così bella? Però sì, ma più tardi: così è.".getBytes(WINDOWS_1252), 0);

        assertThat(evidence.favoursWindows1258()).isFalse();
        assertThat(evidence.overrulesLatinLabel()).isFalse();
    }

    @Test
    void bytesBothTablesShareSayNothing() {
        Windows1258Evidence evidence = Windows1258Evidence.of("Grüße aus Köln – “Café” à la carte".getBytes(WINDOWS_1252), 0);

        assertThat(evidence).isEqualTo(new Windows1258Evidence(0, 0));
    }
}
