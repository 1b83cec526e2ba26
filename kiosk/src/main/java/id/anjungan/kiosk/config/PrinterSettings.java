package id.anjungan.kiosk.config;

import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.PrinterKind;
import id.anjungan.kiosk.slip.PaperWidth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kiosk's slip printer as configured, before the data folder is known: the file printer's
 * folder defaults to {@code <data folder>/slips}. {@link #toPrinterConfig} gives the
 * {@link PrinterConfig} the printer drivers take.
 *
 * <p>Settings (system property, or the environment variable in upper case with underscores):
 * {@value #KIND} ({@code file}, {@code escpos_tcp}, {@code escpos_device}, {@code system}; default
 * file), {@value #PAPER} (58 or 80, default 80), {@value #HOST} and {@value #PORT} (default 9100),
 * {@value #DEVICE}, {@value #QUEUE} (the CUPS queue), {@value #FOLDER}, {@value #NATIVE_QR},
 * {@value #TIMEOUT_MILLIS}.
 *
 * @param folder for the file printer; empty means {@code <data folder>/slips}
 * @param timeout ESC/POS over TCP: connect and status-reply timeout; empty means the driver's default
 */
public record PrinterSettings(
        PrinterKind kind,
        PaperWidth paper,
        Optional<String> host,
        int port,
        Optional<Path> device,
        Optional<String> queue,
        Optional<Path> folder,
        boolean nativeQr,
        Optional<Duration> timeout) {

    public static final String KIND = "abk.kiosk.printer.kind";
    public static final String PAPER = "abk.kiosk.printer.paper";
    public static final String HOST = "abk.kiosk.printer.host";
    public static final String PORT = "abk.kiosk.printer.port";
    public static final String DEVICE = "abk.kiosk.printer.device";
    public static final String QUEUE = "abk.kiosk.printer.queue";
    public static final String FOLDER = "abk.kiosk.printer.folder";
    public static final String NATIVE_QR = "abk.kiosk.printer.native.qr";
    public static final String TIMEOUT_MILLIS = "abk.kiosk.printer.timeout.millis";

    /** The folder of the default file printer, inside the data folder. */
    public static final String DEFAULT_FOLDER_NAME = "slips";

    /** The demo's printer: PNG and PDF files of 80 mm slips in {@code <data folder>/slips}. */
    public static final PrinterSettings DEMO = new PrinterSettings(PrinterKind.FILE, PaperWidth.MM_80,
            Optional.empty(), PrinterConfig.RAW_PORT, Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty());

    public PrinterSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(timeout, "timeout");
        switch (kind) {
            case ESCPOS_TCP -> require(host.isPresent(), "an ESC/POS network printer needs " + HOST);
            case ESCPOS_DEVICE -> require(device.isPresent(), "an ESC/POS device printer needs " + DEVICE
                    + ", such as /dev/usb/lp0");
            case SYSTEM -> require(queue.isPresent(), "a system printer needs " + QUEUE
                    + ", the CUPS queue's name (lpstat -p)");
            case FILE -> { }
            default -> throw new InvalidConfigException("unknown printer kind " + kind);
        }
        require(port > 0 && port < 65536, PORT + " must be 1 to 65535, not " + port);
    }

    /** A file printer writing into the given folder. */
    public static PrinterSettings file(Path folder, PaperWidth paper) {
        return new PrinterSettings(PrinterKind.FILE, paper, Optional.empty(), PrinterConfig.RAW_PORT,
                Optional.empty(), Optional.empty(), Optional.of(folder), false, Optional.empty());
    }

    /** An ESC/POS printer on the network. */
    public static PrinterSettings escPosTcp(String host, int port, PaperWidth paper) {
        return new PrinterSettings(PrinterKind.ESCPOS_TCP, paper, Optional.of(host), port, Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /**
     * Reads the printer settings from a lookup of setting names (system property, then environment).
     *
     * @throws InvalidConfigException naming the setting that is missing or cannot be understood
     */
    static PrinterSettings read(Function<String, Optional<String>> settings) {
        PrinterKind kind = settings.apply(KIND).map(PrinterSettings::parseKind).orElse(PrinterKind.FILE);
        PaperWidth paper = settings.apply(PAPER).map(PrinterSettings::parsePaper).orElse(PaperWidth.MM_80);
        int port = settings.apply(PORT).map(text -> (int) parseNumber(PORT, text)).orElse(PrinterConfig.RAW_PORT);
        return new PrinterSettings(kind, paper,
                settings.apply(HOST),
                port,
                settings.apply(DEVICE).map(Path::of),
                settings.apply(QUEUE),
                settings.apply(FOLDER).map(Path::of),
                settings.apply(NATIVE_QR).map(text -> KioskConfig.parseFlag(NATIVE_QR, text)).orElse(false),
                settings.apply(TIMEOUT_MILLIS).map(text -> Duration.ofMillis(parseNumber(TIMEOUT_MILLIS, text))));
    }

    /** What the printer drivers take, with the file printer's folder resolved against the data folder. */
    public PrinterConfig toPrinterConfig(Path dataFolder) {
        PrinterConfig config = switch (kind) {
            case ESCPOS_TCP -> PrinterConfig.escPosTcp(host.orElseThrow(), port, paper, nativeQr);
            case ESCPOS_DEVICE -> PrinterConfig.escPosDevice(device.orElseThrow(), paper, nativeQr);
            case SYSTEM -> PrinterConfig.system(queue.orElseThrow(), paper);
            case FILE -> PrinterConfig.file(folder.orElseGet(() -> dataFolder.resolve(DEFAULT_FOLDER_NAME)), paper);
        };
        return timeout.map(config::withTimeout).orElse(config);
    }

    private static PrinterKind parseKind(String text) {
        try {
            return PrinterKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(KIND + " must be file, escpos_tcp, escpos_device or system; got '"
                    + text + "'", e);
        }
    }

    private static PaperWidth parsePaper(String text) {
        String millimetres = text.strip().toLowerCase(Locale.ROOT).replace("mm", "").strip();
        if (millimetres.equals("58")) {
            return PaperWidth.MM_58;
        }
        if (millimetres.equals("80")) {
            return PaperWidth.MM_80;
        }
        throw new InvalidConfigException(PAPER + " must be 58 or 80 (mm); got '" + text + "'");
    }

    private static long parseNumber(String name, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value <= 0) {
                throw new InvalidConfigException(name + " must be a positive number; got '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(name + " must be a number; got '" + text + "'", e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidConfigException(message);
        }
    }
}
