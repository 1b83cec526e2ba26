package id.anjungan.kiosk.config;

import id.anjungan.kiosk.printer.PrinterConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a kiosk is told at start. Each setting has a default and can be overridden by a
 * system property or an environment variable (the property wins); the window settings also by
 * the command-line arguments {@code --windowed} and {@code --size=1080x1920}.
 *
 * @param serverUrl base address of the sync server
 * @param dataFolder where the kiosk keeps its SQLite store
 * @param centreId the training centre this kiosk stands in
 * @param windowed a normal window for development instead of a full-screen, undecorated stage
 * @param size the window size; absent means the whole screen (or 1280x800 when windowed)
 * @param language the language the kiosk starts in, such as "id" or "en"
 * @param enrolmentCode a one-time code to enrol with by itself (the demo's); absent means staff type one
 * @param printer the slip printer; by default PNG and PDF files of 80 mm slips in {@code <data folder>/slips}
 * @param idle how long untouched before the kiosk asks "Masih di sana?" and then resets for the next job seeker
 * @param staffPin the PIN of the hidden staff panel; absent means the demo's {@link #DEMO_STAFF_PIN},
 *                 which every real kiosk must change
 * @param publicUrl the address phones open the "Simpan ke HP" QR code under ({publicUrl}/v/{id}); absent means
 *                  the server URL, for deployments where phones reach the server as the kiosk does
 * @param speechCommand the offline speech engine that reads a vacancy aloud ("Dengarkan"): espeak-ng's name on
 *                      the PATH or its path; {@value #SPEECH_OFF} turns reading aloud off
 */
public record KioskConfig(
        URI serverUrl,
        Path dataFolder,
        String centreId,
        boolean windowed,
        Optional<WindowSize> size,
        String language,
        Optional<String> enrolmentCode,
        PrinterSettings printer,
        java.time.Duration idle,
        Optional<String> staffPin,
        Optional<URI> publicUrl,
        String speechCommand) {

    public static final String SERVER_URL = "abk.server.url";
    public static final String DATA_FOLDER = "abk.kiosk.data";
    public static final String CENTRE = "abk.kiosk.centre";
    public static final String WINDOWED = "abk.kiosk.windowed";
    public static final String SIZE = "abk.kiosk.size";
    public static final String LANGUAGE = "abk.kiosk.language";
    public static final String ENROLMENT_CODE = "abk.kiosk.enrolment.code";
    public static final String IDLE_SECONDS = "abk.kiosk.idle.seconds";
    public static final String STAFF_PIN = "abk.kiosk.staff.pin";
    public static final String PUBLIC_URL = "abk.kiosk.public.url";
    public static final String SPEECH_COMMAND = "abk.kiosk.speech.command";

    /** The default speech engine, looked up on the PATH. */
    public static final String DEFAULT_SPEECH_COMMAND = "espeak-ng";
    /** The speech command that turns "Dengarkan" off. */
    public static final String SPEECH_OFF = "off";

    public static final java.time.Duration DEFAULT_IDLE = java.time.Duration.ofSeconds(60);
    /** The staff PIN of a kiosk given none: for the demo only; set {@value #STAFF_PIN} on every real kiosk. */
    public static final String DEMO_STAFF_PIN = "1234";

    public static final WindowSize DEVELOPMENT_WINDOW = new WindowSize(1280, 800);

    public KioskConfig {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(centreId, "centreId");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(enrolmentCode, "enrolmentCode");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(staffPin, "staffPin");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(speechCommand, "speechCommand");
        if (idle.isNegative() || idle.isZero()) {
            throw new InvalidConfigException(IDLE_SECONDS + " must be at least 1 second");
        }
        if (staffPin.isPresent() && !staffPin.get().matches("[0-9]{4,12}")) {
            throw new InvalidConfigException(STAFF_PIN + " must be 4 to 12 digits");
        }
    }

    /** Without idle time and staff PIN: the defaults. */
    public KioskConfig(URI serverUrl, Path dataFolder, String centreId, boolean windowed, Optional<WindowSize> size,
                       String language, Optional<String> enrolmentCode, PrinterSettings printer) {
        this(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, DEFAULT_IDLE,
                Optional.empty(), Optional.empty(), DEFAULT_SPEECH_COMMAND);
    }

    /** Without printer settings: the demo's file printer. */
    public KioskConfig(URI serverUrl, Path dataFolder, String centreId, boolean windowed, Optional<WindowSize> size,
                       String language, Optional<String> enrolmentCode) {
        this(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, PrinterSettings.DEMO);
    }

    public static KioskConfig defaults() {
        return new KioskConfig(
                URI.create("http://localhost:7070"),
                Path.of("data", "kiosk"),
                "blkk-batang-1",
                false,
                Optional.empty(),
                "id",
                Optional.empty(),
                PrinterSettings.DEMO);
    }

    /** Reads the configuration of this process: its arguments, system properties and environment. */
    public static KioskConfig fromEnvironment(List<String> args) {
        return from(args, System::getProperty, System.getenv());
    }

    /**
     * Reads a configuration from the given sources.
     *
     * @throws InvalidConfigException when a value is given but cannot be understood
     */
    public static KioskConfig from(List<String> args, Function<String, String> systemProperties,
                                   Map<String, String> environment) {
        Settings settings = new Settings(systemProperties, environment);
        KioskConfig defaults = defaults();
        boolean windowed = args.contains("--windowed")
                || settings.get(WINDOWED).map(text -> parseFlag(WINDOWED, text)).orElse(defaults.windowed());
        Optional<WindowSize> size = args.stream()
                .filter(arg -> arg.startsWith("--size="))
                .map(arg -> arg.substring("--size=".length()))
                .reduce((first, second) -> second)
                .or(() -> settings.get(SIZE))
                .map(WindowSize::parse);
        return new KioskConfig(
                settings.get(SERVER_URL).map(text -> parseUri(SERVER_URL, text)).orElse(defaults.serverUrl()),
                settings.get(DATA_FOLDER).map(Path::of).orElse(defaults.dataFolder()),
                settings.get(CENTRE).orElse(defaults.centreId()),
                windowed,
                size,
                settings.get(LANGUAGE).orElse(defaults.language()),
                settings.get(ENROLMENT_CODE),
                PrinterSettings.read(settings::get),
                settings.get(IDLE_SECONDS).map(KioskConfig::parseSeconds).orElse(DEFAULT_IDLE),
                settings.get(STAFF_PIN),
                settings.get(PUBLIC_URL).map(text -> parseUri(PUBLIC_URL, text)),
                settings.get(SPEECH_COMMAND).orElse(DEFAULT_SPEECH_COMMAND));
    }

    /** The SQLite file of this kiosk's store. */
    public Path storeFile() {
        return dataFolder.resolve("kiosk.db");
    }

    /** The slip printer the drivers take; the default file printer writes into {@code <data folder>/slips}. */
    public PrinterConfig printerConfig() {
        return printer.toPrinterConfig(dataFolder);
    }

    public KioskConfig withServerUrl(URI url) {
        return new KioskConfig(url, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, idle, staffPin,
                publicUrl, speechCommand);
    }

    public KioskConfig withDataFolder(Path folder) {
        return new KioskConfig(serverUrl, folder, centreId, windowed, size, language, enrolmentCode, printer, idle, staffPin,
                publicUrl, speechCommand);
    }

    public KioskConfig inWindow(WindowSize windowSize) {
        return new KioskConfig(serverUrl, dataFolder, centreId, true, Optional.of(windowSize), language, enrolmentCode,
                printer, idle, staffPin,
                publicUrl, speechCommand);
    }

    public KioskConfig withEnrolmentCode(String code) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, Optional.ofNullable(code),
                printer, idle, staffPin,
                publicUrl, speechCommand);
    }

    public KioskConfig withPrinter(PrinterSettings settings) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, settings, idle, staffPin,
                publicUrl, speechCommand);
    }

    public KioskConfig withIdle(java.time.Duration after) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, after,
                staffPin, publicUrl, speechCommand);
    }

    public KioskConfig withStaffPin(String pin) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, idle,
                Optional.ofNullable(pin), publicUrl, speechCommand);
    }

    public KioskConfig withPublicUrl(URI url) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, idle,
                staffPin, Optional.ofNullable(url), speechCommand);
    }

    public KioskConfig withSpeechCommand(String command) {
        return new KioskConfig(serverUrl, dataFolder, centreId, windowed, size, language, enrolmentCode, printer, idle,
                staffPin, publicUrl, command);
    }

    /** Where the "Simpan ke HP" QR code sends phones: the public URL when one is set, else the server's. */
    public URI publicPagesUrl() {
        return publicUrl.orElse(serverUrl);
    }

    /** Whether reading aloud is turned off ({@value #SPEECH_COMMAND} = {@value #SPEECH_OFF}). */
    public boolean speechOff() {
        return speechCommand.isBlank() || speechCommand.equalsIgnoreCase(SPEECH_OFF);
    }

    /** The staff panel's PIN: the configured one, else the demo's {@link #DEMO_STAFF_PIN}. */
    public String staffPinOrDemo() {
        return staffPin.orElse(DEMO_STAFF_PIN);
    }

    private static java.time.Duration parseSeconds(String text) {
        try {
            return java.time.Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(IDLE_SECONDS + " must be a whole number of seconds, got '" + text + "'", e);
        }
    }

    private static URI parseUri(String name, String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new InvalidConfigException(name + " must be an absolute http address, got '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(name + " is not an address: '" + text + "'", e);
        }
    }

    static boolean parseFlag(String name, String text) {
        return switch (text.trim().toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidConfigException(name + " must be true or false, got '" + text + "'");
        };
    }

    /** Looks a setting up as a system property, then as an environment variable. */
    private record Settings(Function<String, String> systemProperties, Map<String, String> environment) {
        Optional<String> get(String property) {
            String environmentName = property.toUpperCase().replace('.', '_');
            return Optional.ofNullable(systemProperties.apply(property))
                    .or(() -> Optional.ofNullable(environment.get(environmentName)))
                    .map(String::trim)
                    .filter(value -> !value.isEmpty());
        }
    }
}
