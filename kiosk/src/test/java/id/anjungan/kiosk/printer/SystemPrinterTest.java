package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrReading;
import id.anjungan.protocol.kiosk.PrinterState;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Prints through CUPS for real. Runs only where a print queue named "PDF" exists (cups-pdf, see
 * docs/slip/README.md); cups-pdf writes each job as a PDF into ~/PDF of the user who printed.
 */
class SystemPrinterTest {
    private static final Path CUPS_PDF_OUTPUT = Path.of(System.getProperty("user.home"), "PDF");

    @Test
    void aSlipPrintedToTheCupsPdfQueueComesOutAsAPdfWhoseQrReadsBack() throws Exception {
        assumeTrue(SystemPrinter.find("PDF") != null, "no CUPS print queue named PDF on this machine");
        Instant before = Instant.now().minusSeconds(2);
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.system("PDF", PaperWidth.MM_58));

        assertThat(printer.status()).isEqualTo(PrinterState.READY);
        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(result.printed()).as(result.message()).isTrue();
        Path pdf = awaitNewPdf(before, Duration.ofSeconds(60));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.GRAY);
            assertThat(QrReading.text(page)).isEqualTo(DemoSlips.qrText());
        }
    }

    @Test
    void aQueueThatDoesNotExistIsOfflineAndTheMessageNamesIt() {
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.system("NoSuchSlipPrinter", PaperWidth.MM_58));

        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(printer.status()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.printed()).isFalse();
        assertThat(result.message()).contains("NoSuchSlipPrinter", "lpstat -p");
    }

    /** The newest PDF cups-pdf wrote after {@code since}, once it has stopped growing. */
    private static Path awaitNewPdf(Instant since, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> newest = newestPdfSince(since);
            if (newest.isPresent() && isComplete(newest.get())) {
                return newest.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cups-pdf wrote no PDF into " + CUPS_PDF_OUTPUT + " within " + wait);
    }

    private static Optional<Path> newestPdfSince(Instant since) throws Exception {
        if (!Files.isDirectory(CUPS_PDF_OUTPUT)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(CUPS_PDF_OUTPUT)) {
            return files.filter(file -> file.toString().endsWith(".pdf"))
                    .filter(file -> modified(file).toInstant().isAfter(since))
                    .max(Comparator.comparing(SystemPrinterTest::modified));
        }
    }

    private static boolean isComplete(Path pdf) throws Exception {
        long size = Files.size(pdf);
        Thread.sleep(300);
        return size > 0 && size == Files.size(pdf) && new String(Files.readAllBytes(pdf),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
