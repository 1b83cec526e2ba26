package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SlipFilesTest {
    private final RasterSlipRenderer renderer = new RasterSlipRenderer(SlipFonts.installed());

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void thePngFileReadsBackAsTheSamePictureAndItsQrAsTheToken(PaperWidth paper) throws Exception {
        BufferedImage slip = renderer.render(DemoSlips.withApplicant(), paper);
        Path file = folder.resolve("slip.png");

        SlipPng.write(slip, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(paper.dots());
        assertThat(read.getHeight()).isEqualTo(slip.getHeight());
        assertThat(QrReading.text(read)).isEqualTo(DemoSlips.qrText());
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void thePdfIsOnePageAsWideAsThePaperAndItsQrReadsWhenRenderedAt203Dpi(PaperWidth paper) throws Exception {
        BufferedImage slip = renderer.render(DemoSlips.withApplicant(), paper);
        Path file = folder.resolve("slip.pdf");

        SlipPdf.write(slip, paper, file);

        assertThat(file).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            float expectedWidth = paper.millimetres() * 72f / 25.4f;
            assertThat(page.getMediaBox().getWidth()).isCloseTo(expectedWidth, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(slip.getHeight() * 72f / 203,
                    org.assertj.core.data.Offset.offset(0.1f));
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.GRAY);
            assertThat(QrReading.text(rendered)).isEqualTo(DemoSlips.qrText());
        }
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void aFiftyEightMillimetrePdfPageIsAbout164Points(PaperWidth paper) throws Exception {
        byte[] pdf = SlipPdf.bytes(renderer.render(DemoSlips.withoutApplicant(), paper), paper);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            assertThat(width).isCloseTo(paper == PaperWidth.MM_58 ? 164.4f : 226.8f,
                    org.assertj.core.data.Offset.offset(0.1f));
        }
        assertThat(Files.exists(folder)).isTrue();
    }
}
