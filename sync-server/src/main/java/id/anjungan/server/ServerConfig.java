package id.anjungan.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sync server's settings. Each has a default and can be overridden by a system property
 * ({@code abk.server.port}) or an environment variable ({@code ABK_SERVER_PORT}); the property wins.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param database the SQLite file
 * @param loadDemoData whether an empty database is filled with the demo data set on start, and a
 *     one-time enrolment code for the demo kiosk is written beside the database
 * @param adminToken the bearer token of the administrator API; null makes the server invent one and print it
 * @param logRetentionDays how long change log entries are kept; a kiosk offline longer takes a snapshot
 * @param heartbeatSeconds how often a quiet event stream gets a comment; well inside the 30 s idle
 *     timeout of Jetty and of most proxies
 * @param console the staff console's settings (kiosk silence, login throttling, cookies)
 * @param feeds the vacancy feeds' settings (which addresses a URL source may have)
 */
public record ServerConfig(String host, int port, Path database, boolean loadDemoData, String adminToken,
                           int logRetentionDays, int heartbeatSeconds, ConsoleSettings console, FeedSettings feeds) {
    public static final int DEFAULT_PORT = 7070;
    /** The push loop is woken by every commit; the poll only catches writes by another process. */
    private static final Duration PUSH_POLL = Duration.ofSeconds(1);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        if (heartbeatSeconds < 1) {
            throw new IllegalArgumentException("heartbeat must be at least 1 second, got " + heartbeatSeconds);
        }
        console = console == null ? ConsoleSettings.defaults() : console;
        feeds = feeds == null ? FeedSettings.defaults() : feeds;
        if (logRetentionDays < 1) {
            throw new IllegalArgumentException("log retention must be at least 1 day, got " + logRetentionDays);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
    }

    /** Defaults overridden by system properties and environment variables. */
    public static ServerConfig defaults() {
        return fromSettings(new Settings(System::getProperty, System::getenv));
    }

    static ServerConfig fromSettings(Settings settings) {
        return new ServerConfig(
                settings.get("abk.server.host", "0.0.0.0"),
                settings.getInt("abk.server.port", DEFAULT_PORT),
                Path.of(settings.get("abk.server.db", "data/sync-server.db")),
                settings.getBoolean("abk.server.demo", true),
                settings.get("abk.server.admin.token", null),
                settings.getInt("abk.server.log.retention.days", 30),
                settings.getInt("abk.server.sse.heartbeat.seconds", 15),
                new ConsoleSettings(
                        Duration.ofMinutes(settings.getInt("abk.server.kiosk.silent.minutes", 10)),
                        settings.getInt("abk.server.login.max.failures", 5),
                        Duration.ofMinutes(settings.getInt("abk.server.login.lockout.minutes", 15)),
                        settings.getBoolean("abk.server.cookies.secure", false)),
                new FeedSettings(settings.getBoolean("abk.server.feeds.allow.private", false)));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, database, loadDemoData, adminToken, logRetentionDays, heartbeatSeconds, console, feeds);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, database, loadDemoData, adminToken, logRetentionDays, heartbeatSeconds, console, feeds);
    }

    public ServerConfig withDatabase(Path newDatabase) {
        return new ServerConfig(host, port, newDatabase, loadDemoData, adminToken, logRetentionDays, heartbeatSeconds, console, feeds);
    }

    public ServerConfig withDemoData(boolean load) {
        return new ServerConfig(host, port, database, load, adminToken, logRetentionDays, heartbeatSeconds, console, feeds);
    }

    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, database, loadDemoData, token, logRetentionDays, heartbeatSeconds, console, feeds);
    }

    public ServerConfig withConsole(ConsoleSettings newConsole) {
        return new ServerConfig(host, port, database, loadDemoData, adminToken, logRetentionDays, heartbeatSeconds, newConsole, feeds);
    }

    public ServerConfig withFeeds(FeedSettings newFeeds) {
        return new ServerConfig(host, port, database, loadDemoData, adminToken, logRetentionDays, heartbeatSeconds, console, newFeeds);
    }

    /** How often the push loop looks at the change log's head besides being woken by commits. */
    public Duration pushPollInterval() {
        return PUSH_POLL;
    }

    public Duration heartbeatInterval() {
        return Duration.ofSeconds(heartbeatSeconds);
    }

    public ServerConfig withHeartbeatSeconds(int seconds) {
        return new ServerConfig(host, port, database, loadDemoData, adminToken, logRetentionDays, seconds, console, feeds);
    }

    /** Threads and buffers for many open event streams (see {@link ServerTuning}). */
    public ServerTuning tuning() {
        return ServerTuning.defaults();
    }

    /** How often the feed scheduler looks for URL sources whose scheduled run is due. */
    public Duration feedCheckInterval() {
        return Duration.ofMinutes(1);
    }

    /** The file the demo's one-time enrolment code is written to, beside the database. */
    public Path demoEnrolmentCodeFile() {
        Path parent = database.toAbsolutePath().getParent();
        return parent.resolve("demo-enrolment-code.txt");
    }

    /** The file the demo's console accounts and their first passwords are written to, beside the database. */
    public Path demoAccountsFile() {
        return database.toAbsolutePath().getParent().resolve("demo-accounts.txt");
    }

    /** Looks a setting up as a system property, then as an environment variable (ABK_SERVER_PORT). */
    record Settings(Function<String, String> properties, Function<String, String> environment) {
        String get(String key, String fallback) {
            String value = properties.apply(key);
            if (value == null || value.isBlank()) {
                value = environment.apply(key.toUpperCase().replace('.', '_'));
            }
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        int getInt(String key, int fallback) {
            String value = get(key, Integer.toString(fallback));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + value + "'");
            }
        }

        boolean getBoolean(String key, boolean fallback) {
            String value = get(key, Boolean.toString(fallback)).toLowerCase();
            return switch (value) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new IllegalArgumentException("setting " + key + " must be true or false, got '" + value + "'");
            };
        }
    }
}
