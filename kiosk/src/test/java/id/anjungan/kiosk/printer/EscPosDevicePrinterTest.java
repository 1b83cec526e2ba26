package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrReading;
import id.anjungan.protocol.kiosk.PrinterState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscPosDevicePrinterTest {
    @TempDir
    Path temp;

    @Test
    void theJobIsWrittenToTheDeviceFileWithItsStateUnknown() throws Exception {
        Path device = Files.createFile(temp.resolve("lp0"));
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.escPosDevice(device, PaperWidth.MM_58, false));

        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(result.printed()).isTrue();
        assertThat(result.state()).isEqualTo(PrinterState.UNKNOWN);
        byte[] job = Files.readAllBytes(device);
        assertThat(job).startsWith(0x1B, '@').endsWith(0x1D, 'V', 66, 0);
        assertThat(QrReading.text(EscPosJobs.rasterPicture(job))).isEqualTo(DemoSlips.qrText());
    }

    @Test
    void aMissingDeviceIsOfflineAndGetsNoJob() {
        Path device = temp.resolve("usb").resolve("lp0");
        SlipPrinter printer = SlipPrinters.create(PrinterConfig.escPosDevice(device, PaperWidth.MM_80, true));

        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(printer.status()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.printed()).isFalse();
        assertThat(result.state()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.message()).contains(device.toString(), "USB cable");
        assertThat(Files.exists(device)).isFalse();
    }
}
