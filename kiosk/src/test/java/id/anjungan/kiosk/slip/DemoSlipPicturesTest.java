package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the demo slips to {@code kiosk/target/slip-pictures/} for people to look at; the copies
 * in {@code docs/slip/} come from here.
 */
class DemoSlipPicturesTest {
    private static final Path FOLDER = Path.of("target", "slip-pictures");

    @Test
    void theDemoSlipsAreWrittenAsPicturesForPeopleToLookAt() throws Exception {
        RasterSlipRenderer renderer = new RasterSlipRenderer(SlipFonts.installed());
        Files.createDirectories(FOLDER);
        for (PaperWidth paper : PaperWidth.values()) {
            String name = "slip-" + paper.millimetres() + "mm";
            SlipPng.write(renderer.render(DemoSlips.withApplicant(), paper), FOLDER.resolve(name + ".png"));
            SlipPng.write(renderer.render(DemoSlips.withoutApplicant(), paper), FOLDER.resolve(name + "-without-name.png"));
        }

        assertThat(FOLDER.resolve("slip-58mm.png")).isNotEmptyFile();
    }
}
