package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrReading;
import id.anjungan.protocol.kiosk.PrinterState;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePrinterTest {
    @TempDir
    Path temp;

    @Test
    void aSlipBecomesAPngAndAPdfNamedByItsCodeAndBothReadBack() throws Exception {
        Path folder = temp.resolve("slips");
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.file(folder, PaperWidth.MM_58));

        PrintResult result = printer.print(DemoSlips.withApplicant());

        String code = DemoSlips.token().shortCode();
        assertThat(result.printed()).isTrue();
        assertThat(result.state()).isEqualTo(PrinterState.READY);
        assertThat(result.files()).containsExactly(folder.resolve("slip-" + code + ".png"),
                folder.resolve("slip-" + code + ".pdf"));
        assertThat(QrReading.text(ImageIO.read(result.files().get(0).toFile()))).isEqualTo(DemoSlips.qrText());
        try (PDDocument pdf = Loader.loadPDF(result.files().get(1).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(QrReading.text(new PDFRenderer(pdf).renderImageWithDPI(0, 203))).isEqualTo(DemoSlips.qrText());
        }
        try (var listing = Files.list(folder)) {
            assertThat(listing).as("no half-written files left").hasSize(2);
        }
    }

    @Test
    void aReprintReplacesTheFilesOfTheSameSlip() throws Exception {
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.file(temp, PaperWidth.MM_80));

        printer.print(DemoSlips.withoutApplicant());
        PrintResult again = printer.print(DemoSlips.withApplicant());

        assertThat(again.printed()).isTrue();
        try (var listing = Files.list(temp)) {
            assertThat(listing).hasSize(2);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsOfflineAndNothingIsPrinted() throws Exception {
        Path aFile = Files.writeString(temp.resolve("not-a-folder"), "x");
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.file(aFile.resolve("slips"), PaperWidth.MM_58));

        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(printer.status()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.printed()).isFalse();
        assertThat(result.state()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.message()).contains("not-a-folder");
    }

    @Test
    void aFolderNotYetMadeIsReadyWhenItCanBeMade() {
        assertThat(SlipPrinters.create(PrinterConfig.file(temp.resolve("a/b"), PaperWidth.MM_58)).status())
                .isEqualTo(PrinterState.READY);
    }
}
