package id.anjungan.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.PrinterKind;
import id.anjungan.kiosk.slip.PaperWidth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrinterSettingsTest {

    private static KioskConfig fromEnvironment(Map<String, String> environment) {
        return KioskConfig.from(List.of(), key -> null, environment);
    }

    @Test
    void withNothingSetTheKioskWritesEightyMillimetreSlipsAsFilesInItsDataFolder() {
        KioskConfig config = fromEnvironment(Map.of("ABK_KIOSK_DATA", "/var/lib/abk"));

        PrinterConfig printer = config.printerConfig();

        assertThat(printer.kind()).isEqualTo(PrinterKind.FILE);
        assertThat(printer.folder()).isEqualTo(Path.of("/var/lib/abk", "slips"));
        assertThat(printer.paper()).isEqualTo(PaperWidth.MM_80);
        assertThat(KioskConfig.defaults().printerConfig().folder()).isEqualTo(Path.of("data", "kiosk", "slips"));
    }

    @Test
    void theDefaultFolderFollowsTheDataFolderItIsGivenLater() {
        assertThat(KioskConfig.defaults().withDataFolder(Path.of("/tmp/k")).printerConfig().folder())
                .isEqualTo(Path.of("/tmp/k", "slips"));
    }

    @Test
    void aNetworkThermalPrinterComesFromTheEnvironment() {
        KioskConfig config = fromEnvironment(Map.of(
                "ABK_KIOSK_PRINTER_KIND", "escpos_tcp",
                "ABK_KIOSK_PRINTER_HOST", "192.168.1.50",
                "ABK_KIOSK_PRINTER_PORT", "9101",
                "ABK_KIOSK_PRINTER_PAPER", "58",
                "ABK_KIOSK_PRINTER_NATIVE_QR", "true",
                "ABK_KIOSK_PRINTER_TIMEOUT_MILLIS", "3000"));

        PrinterConfig printer = config.printerConfig();

        assertThat(printer.kind()).isEqualTo(PrinterKind.ESCPOS_TCP);
        assertThat(printer.host()).isEqualTo("192.168.1.50");
        assertThat(printer.port()).isEqualTo(9101);
        assertThat(printer.paper()).isEqualTo(PaperWidth.MM_58);
        assertThat(printer.nativeQr()).isTrue();
        assertThat(printer.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void systemPropertiesNameADevicePrinterACupsQueueOrAFolder() {
        Map<String, String> device = Map.of("abk.kiosk.printer.kind", "ESCPOS_DEVICE",
                "abk.kiosk.printer.device", "/dev/usb/lp0");
        Map<String, String> cups = Map.of("abk.kiosk.printer.kind", "system", "abk.kiosk.printer.queue", "TM-T82");
        Map<String, String> files = Map.of("abk.kiosk.printer.folder", "/srv/slips", "abk.kiosk.printer.paper", "58mm");

        assertThat(KioskConfig.from(List.of(), device::get, Map.of()).printerConfig().device())
                .isEqualTo(Path.of("/dev/usb/lp0"));
        assertThat(KioskConfig.from(List.of(), cups::get, Map.of()).printerConfig().serviceName()).isEqualTo("TM-T82");
        PrinterConfig file = KioskConfig.from(List.of(), files::get, Map.of()).printerConfig();
        assertThat(file.folder()).isEqualTo(Path.of("/srv/slips"));
        assertThat(file.paper()).isEqualTo(PaperWidth.MM_58);
        assertThat(PrinterConfig.RAW_PORT).isEqualTo(KioskConfig.defaults().printer().port());
    }

    @Test
    void aMissingOrWrongSettingIsRefusedByItsName() {
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_KIND", "escpos_tcp")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.host");
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_KIND", "laser")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.kind");
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_PAPER", "76")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.paper");
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_KIND", "escpos_tcp",
                "ABK_KIOSK_PRINTER_HOST", "printer", "ABK_KIOSK_PRINTER_PORT", "port")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.port");
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_KIND", "system")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.queue");
        assertThatThrownBy(() -> fromEnvironment(Map.of("ABK_KIOSK_PRINTER_NATIVE_QR", "maybe")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("abk.kiosk.printer.native.qr");
    }
}
