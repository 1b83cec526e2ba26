package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    private final FontMetrics metrics = metrics();

    @Test
    void aLineThatFitsStaysWhole() {
        assertThat(TextWrapper.wrap("Operator Produksi", metrics, 1000)).containsExactly("Operator Produksi");
    }

    @Test
    void longIndonesianTextBreaksBetweenWordsAndEveryLineFits() {
        String text = "Datang Senin sampai Jumat pukul 08.00-14.00 WIB. Bawa slip ini, KTP, fotokopi ijazah "
                + "dan sertifikat pelatihan BLK.";

        List<String> lines = TextWrapper.wrap(text, metrics, 368);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(368));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordWiderThanThePaperIsCutRatherThanClipped() {
        String address = "pendaftaran.operator.produksi.sepatu@sepatunusantaramakmur.example.id";

        List<String> lines = TextWrapper.wrap(address, metrics, 200);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(200));
        assertThat(String.join("", lines)).isEqualTo(address);
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(TextWrapper.wrap("Gerbang 3\nKavling C-7", metrics, 1000)).containsExactly("Gerbang 3", "Kavling C-7");
    }

    private static FontMetrics metrics() {
        Font font = SlipFonts.installed().regular().deriveFont(24f);
        return new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY).createGraphics().getFontMetrics(font);
    }
}
