package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.PaperWidth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Which slip printer a kiosk has and how to reach it. Only the fields of its kind are set; the
 * factory methods and {@link #fromProperties} fill in the rest.
 *
 * @param host and {@code port}: for {@link PrinterKind#ESCPOS_TCP}
 * @param device for {@link PrinterKind#ESCPOS_DEVICE}, e.g. /dev/usb/lp0
 * @param serviceName for {@link PrinterKind#SYSTEM}: the javax.print service (CUPS queue) name
 * @param folder for {@link PrinterKind#FILE}
 * @param nativeQr ESC/POS only: let the printer draw the QR itself (GS ( k) instead of printing
 *                 it as part of the picture; some printers garble it, so off by default
 * @param timeout ESC/POS over TCP: how long to wait to connect and for each status reply
 */
public record PrinterConfig(
        PrinterKind kind,
        String host,
        int port,
        Path device,
        String serviceName,
        Path folder,
        PaperWidth paper,
        boolean nativeQr,
        Duration timeout) {
    public static final int RAW_PORT = 9100;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);

    public PrinterConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paper, "paper");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        switch (kind) {
            case ESCPOS_TCP -> {
                require(host != null && !host.isBlank(), "an ESC/POS network printer needs printer.host");
                require(port > 0 && port < 65536, "printer.port must be 1 to 65535, not " + port);
            }
            case ESCPOS_DEVICE -> require(device != null, "an ESC/POS device printer needs printer.device");
            case SYSTEM -> require(serviceName != null && !serviceName.isBlank(),
                    "a system printer needs printer.service, the print queue's name");
            case FILE -> require(folder != null, "a file printer needs printer.folder");
            default -> throw new IllegalArgumentException("unknown printer kind " + kind);
        }
    }

    public static PrinterConfig escPosTcp(String host, int port, PaperWidth paper, boolean nativeQr) {
        return new PrinterConfig(PrinterKind.ESCPOS_TCP, host, port, null, null, null, paper, nativeQr, null);
    }

    public static PrinterConfig escPosDevice(Path device, PaperWidth paper, boolean nativeQr) {
        return new PrinterConfig(PrinterKind.ESCPOS_DEVICE, null, 0, device, null, null, paper, nativeQr, null);
    }

    public static PrinterConfig system(String serviceName, PaperWidth paper) {
        return new PrinterConfig(PrinterKind.SYSTEM, null, 0, null, serviceName, null, paper, false, null);
    }

    public static PrinterConfig file(Path folder, PaperWidth paper) {
        return new PrinterConfig(PrinterKind.FILE, null, 0, null, null, folder, paper, false, null);
    }

    public PrinterConfig withTimeout(Duration newTimeout) {
        return new PrinterConfig(kind, host, port, device, serviceName, folder, paper, nativeQr, newTimeout);
    }

    /**
     * Reads {@code printer.kind} (escpos_tcp, escpos_device, system, file), {@code printer.paper}
     * (58 or 80, default 80), and per kind {@code printer.host} and {@code printer.port} (default
     * 9100), {@code printer.device}, {@code printer.service}, {@code printer.folder}; also
     * {@code printer.nativeQr} (true/false) and {@code printer.timeoutMillis}.
     */
    public static PrinterConfig fromProperties(Properties properties) {
        String kindName = properties.getProperty("printer.kind");
        require(kindName != null, "printer.kind is missing: escpos_tcp, escpos_device, system or file");
        PrinterKind kind;
        try {
            kind = PrinterKind.valueOf(kindName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("printer.kind " + kindName + " is not escpos_tcp, escpos_device, system or file");
        }
        String timeout = properties.getProperty("printer.timeoutMillis");
        String device = properties.getProperty("printer.device");
        String folder = properties.getProperty("printer.folder");
        return new PrinterConfig(kind,
                properties.getProperty("printer.host"),
                Integer.parseInt(properties.getProperty("printer.port", String.valueOf(RAW_PORT)).strip()),
                device == null ? null : Path.of(device.strip()),
                properties.getProperty("printer.service"),
                folder == null ? null : Path.of(folder.strip()),
                PaperWidth.ofMillimetres(Integer.parseInt(properties.getProperty("printer.paper", "80").strip())),
                Boolean.parseBoolean(properties.getProperty("printer.nativeQr", "false").strip()),
                timeout == null ? null : Duration.ofMillis(Long.parseLong(timeout.strip())));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
