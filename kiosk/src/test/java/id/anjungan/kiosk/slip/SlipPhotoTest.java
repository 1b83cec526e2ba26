package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate guard's phone, not a flatbed scanner: crooked, blurred, noisy, near or far. */
class SlipPhotoTest {
    /** The spoiled pictures, for a person to check that they look like real photos. */
    private static final Path PHOTOS = Path.of("target", "slip-pictures");
    private static final BufferedImage SLIP =
            new RasterSlipRenderer(SlipFonts.installed()).render(DemoSlips.withApplicant(), PaperWidth.MM_58);

    @ParameterizedTest(name = "{0} degrees at {1}x")
    @CsvSource({"3, 0.7", "-4, 0.85", "5, 1.0", "-3, 1.15", "4, 1.3"})
    void aBlurredCrookedNoisyPhotoOfA58MillimetreSlipStillReadsAndVerifies(double degrees, double scale)
            throws Exception {
        BufferedImage photo = PhoneCamera.photograph(SLIP, degrees, scale, 42);
        Files.createDirectories(PHOTOS);
        ImageIO.write(photo, "png", PHOTOS.resolve("photo-" + degrees + "deg-" + scale + "x.png").toFile());

        String scanned = QrReading.text(photo);

        assertThat(scanned).isEqualTo(DemoSlips.qrText());
        assertThat(DemoSlips.verifier().verify(scanned, DemoSlips.DURING, DemoSlips.EMPLOYER_ID).isValid()).isTrue();
    }
}
