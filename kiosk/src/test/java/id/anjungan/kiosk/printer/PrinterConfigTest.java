package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.kiosk.slip.PaperWidth;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PrinterConfigTest {

    @Test
    void aNetworkPrinterDefaultsToPort9100And80MillimetrePaperAndRasterQr() throws Exception {
        PrinterConfig config = PrinterConfig.fromProperties(properties("printer.kind=escpos_tcp\nprinter.host=192.168.1.50"));

        assertThat(config.kind()).isEqualTo(PrinterKind.ESCPOS_TCP);
        assertThat(config.host()).isEqualTo("192.168.1.50");
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.paper()).isEqualTo(PaperWidth.MM_80);
        assertThat(config.nativeQr()).isFalse();
        assertThat(config.timeout()).isEqualTo(PrinterConfig.DEFAULT_TIMEOUT);
    }

    @Test
    void everyKindReadsItsOwnSettings() throws Exception {
        PrinterConfig device = PrinterConfig.fromProperties(properties(
                "printer.kind=ESCPOS_DEVICE\nprinter.device=/dev/usb/lp0\nprinter.paper=58\nprinter.nativeQr=true"));
        PrinterConfig system = PrinterConfig.fromProperties(properties("printer.kind=system\nprinter.service=PDF"));
        PrinterConfig file = PrinterConfig.fromProperties(properties(
                "printer.kind=file\nprinter.folder=/var/lib/anjungan/slips\nprinter.timeoutMillis=800"));

        assertThat(device.device()).isEqualTo(Path.of("/dev/usb/lp0"));
        assertThat(device.paper()).isEqualTo(PaperWidth.MM_58);
        assertThat(device.nativeQr()).isTrue();
        assertThat(system.serviceName()).isEqualTo("PDF");
        assertThat(file.folder()).isEqualTo(Path.of("/var/lib/anjungan/slips"));
        assertThat(file.timeout()).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void missingOrWrongSettingsAreRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> PrinterConfig.fromProperties(properties("printer.kind=escpos_tcp")))
                .hasMessageContaining("printer.host");
        assertThatThrownBy(() -> PrinterConfig.fromProperties(properties("printer.kind=laser")))
                .hasMessageContaining("printer.kind laser");
        assertThatThrownBy(() -> PrinterConfig.fromProperties(properties("printer.kind=file")))
                .hasMessageContaining("printer.folder");
        assertThatThrownBy(() -> PrinterConfig.fromProperties(properties(
                "printer.kind=file\nprinter.folder=/tmp\nprinter.paper=57"))).hasMessageContaining("58 or 80");
        assertThatThrownBy(() -> PrinterConfig.fromProperties(new Properties())).hasMessageContaining("printer.kind");
    }

    @Test
    void theFactoryMakesThePrinterOfTheConfiguredKind() {
        assertThat(SlipPrinters.create(PrinterConfig.escPosTcp("10.0.0.9", 9100, PaperWidth.MM_58, false)))
                .isInstanceOf(EscPosTcpPrinter.class);
        assertThat(SlipPrinters.create(PrinterConfig.escPosDevice(Path.of("/dev/usb/lp0"), PaperWidth.MM_58, false)))
                .isInstanceOf(EscPosDevicePrinter.class);
        assertThat(SlipPrinters.create(PrinterConfig.system("PDF", PaperWidth.MM_80))).isInstanceOf(SystemPrinter.class);
        assertThat(SlipPrinters.create(PrinterConfig.file(Path.of("slips"), PaperWidth.MM_80))).isInstanceOf(FilePrinter.class);
    }

    private static Properties properties(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
