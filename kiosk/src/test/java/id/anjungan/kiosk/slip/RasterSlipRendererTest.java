package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import id.anjungan.protocol.slip.SlipVerdict;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RasterSlipRendererTest {
    private final RasterSlipRenderer renderer = new RasterSlipRenderer(SlipFonts.installed());

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theSlipIsExactlyAsWideAsThePrinterHead(PaperWidth paper) {
        BufferedImage slip = renderer.render(DemoSlips.withApplicant(), paper);

        assertThat(slip.getWidth()).isEqualTo(paper == PaperWidth.MM_58 ? 384 : 576);
        assertThat(slip.getHeight()).isGreaterThan(slip.getWidth());
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theQrReadsBackAsTheTokenAndTheTokenVerifiesWithTheKioskKey(PaperWidth paper) {
        BufferedImage slip = renderer.render(DemoSlips.withoutApplicant(), paper);

        String scanned = QrReading.text(slip);

        assertThat(scanned).isEqualTo(DemoSlips.qrText());
        SlipVerdict verdict = DemoSlips.verifier().verify(scanned, DemoSlips.DURING, DemoSlips.EMPLOYER_ID);
        assertThat(verdict.isValid()).as(verdict.detail()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void everyQrModuleIsTheSameWholeNumberOfDotsAndAtLeastFour(PaperWidth paper) {
        BufferedImage slip = renderer.render(DemoSlips.withoutApplicant(), paper);
        Result result = QrReading.read(slip);

        int measured = QrReading.moduleDots(slip, result);

        assertThat(measured).isBetween(4, 6)
                .isEqualTo(RasterSlipRenderer.qrSymbol(DemoSlips.qrText(), paper).moduleDots());
    }

    @Test
    void theLongestPossibleTokenStillFitsFiftyEightMillimetrePaperAtFourDotsOrMore() {
        String longest = "ABK1:" + "%".repeat(335 - 5);

        QrSymbol symbol = RasterSlipRenderer.qrSymbol(longest, PaperWidth.MM_58);

        assertThat(symbol.moduleDots()).isGreaterThanOrEqualTo(4);
        assertThat(symbol.sizeWithQuietZone()).isLessThanOrEqualTo(384);
    }

    @Test
    void aVeryLongEmployerNameWrapsInsteadOfRunningOffThePaper() {
        SlipContent content = DemoSlips.withoutApplicant();
        SlipContent longName = new SlipContent(content.language(), content.centreName(), content.title(),
                content.vacancyTitle(), "PT Sepatu Nusantara Makmur Sejahtera Abadi Jaya Perkasa Internasional (fiktif)",
                content.location(), content.intakeAddress(), content.intakeInstructions(), content.issuedDate(),
                content.expiryDate(), content.shortCode(), content.qrText(), null, null, null);

        BufferedImage shortSlip = renderer.render(content, PaperWidth.MM_58);
        BufferedImage longSlip = renderer.render(longName, PaperWidth.MM_58);

        assertThat(longSlip.getWidth()).isEqualTo(384);
        assertThat(longSlip.getHeight()).isGreaterThan(shortSlip.getHeight());
        assertThat(QrReading.text(longSlip)).isEqualTo(content.qrText());
    }

    @Test
    void nothingIsDrawnInTheSideMarginsExceptTheQrQuietZone() {
        BufferedImage slip = renderer.render(DemoSlips.withApplicant(), PaperWidth.MM_58);

        for (int y = 0; y < slip.getHeight(); y++) {
            for (int x : List.of(0, 1, 2, slip.getWidth() - 3, slip.getWidth() - 2, slip.getWidth() - 1)) {
                assertThat(slip.getRGB(x, y) & 0xFFFFFF).as("dot at %d,%d", x, y).isEqualTo(0xFFFFFF);
            }
        }
    }
}
