package id.anjungan.kiosk.slip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The slip as a one-page PDF as wide as the paper roll (58 or 80 mm) and as long as the slip.
 * The page holds the slip picture at its true size (203 dots an inch), centred like on the roll,
 * so a PDF printed at 100% comes out as the thermal printer would print it.
 */
public final class SlipPdf {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float POINTS_PER_DOT = 72f / PaperWidth.DPI;

    private SlipPdf() {
    }

    public static byte[] bytes(BufferedImage slip, PaperWidth paper) {
        try (PDDocument document = new PDDocument()) {
            float pageWidth = paper.millimetres() * POINTS_PER_MM;
            float imageWidth = slip.getWidth() * POINTS_PER_DOT;
            float imageHeight = slip.getHeight() * POINTS_PER_DOT;
            PDPage page = new PDPage(new PDRectangle(pageWidth, imageHeight));
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, slip);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, (pageWidth - imageWidth) / 2, 0, imageWidth, imageHeight);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the slip PDF", e);
        }
    }

    public static void write(BufferedImage slip, PaperWidth paper, Path file) throws IOException {
        Files.write(file, bytes(slip, paper));
    }
}
