package id.anjungan.server.testing;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.server.FeedSettings;
import id.anjungan.server.ServerConfig;
import id.anjungan.server.SyncServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * A real sync server on a free loopback port with its own SQLite file, and an HTTP client to talk to
 * it as a kiosk or an administrator would. Shared by the server's and the kiosk's tests.
 */
public final class RunningServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path database;
    private final ServerConfig config;
    private final Clock clock;
    private SyncServer server;
    private final int port;

    private RunningServer(Path database, ServerConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
        this.server = SyncServer.start(config, clock);
        this.port = server.port();
    }

    /** A server with the demo data set, as a centre would first start it. */
    public static RunningServer withDemoData(Path folder, Clock clock) {
        return start(folder, clock, true);
    }

    /** A server with an empty catalogue and the given stream heartbeat, for tests of quiet streams. */
    public static RunningServer emptyWithHeartbeat(Path folder, Clock clock, int heartbeatSeconds) {
        Path database = folder.resolve("sync-server.db");
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withDatabase(database)
                .withDemoData(false).withAdminToken("test-admin-token").withHeartbeatSeconds(heartbeatSeconds);
        return new RunningServer(database, config, clock);
    }

    /** A server with an empty catalogue; fill it with {@link TestCatalogue}. */
    public static RunningServer empty(Path folder, Clock clock) {
        return start(folder, clock, false);
    }

    /**
     * A server with an empty catalogue whose feeds may be fetched from loopback and private addresses,
     * for tests that serve feeds from a web server on this machine.
     */
    public static RunningServer emptyAllowingPrivateFeeds(Path folder, Clock clock) {
        return start(folder, clock, false, config -> config.withFeeds(new FeedSettings(true)));
    }

    private static RunningServer start(Path folder, Clock clock, boolean demo) {
        return start(folder, clock, demo, config -> config);
    }

    private static RunningServer start(Path folder, Clock clock, boolean demo, UnaryOperator<ServerConfig> adjust) {
        Path database = folder.resolve("sync-server.db");
        ServerConfig config = adjust.apply(ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withDatabase(database)
                .withDemoData(demo).withAdminToken("test-admin-token"));
        return new RunningServer(database, config, clock);
    }

    /** Stops the server; {@link #restart()} brings it back on the same port and database. */
    public void stop() {
        server.stop();
    }

    /** Starts the server again on the same port and database, as after a crash or an upgrade. */
    public void restart() {
        server = SyncServer.start(config.withPort(port), clock);
    }

    public SyncServer server() {
        return server;
    }

    public Path database() {
        return database;
    }

    public URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer).GET());
    }

    public HttpResponse<String> post(String path, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    /** PUT as the administrator. */
    public HttpResponse<String> put(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** DELETE as the administrator. */
    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + adminToken()).DELETE());
    }

    public String adminToken() {
        return server.adminToken();
    }

    /** Creates an enrolment code for the centre through the admin API and enrols a new kiosk key with it. */
    public EnrolmentResponse enrolKiosk(String centreId) {
        return enrolKiosk(centreId, newPublicKey());
    }

    /** The same, with the kiosk's own key pair, for tests that sign slips with it. */
    public EnrolmentResponse enrolKiosk(String centreId, java.security.KeyPair keys) {
        return enrolKiosk(centreId, Base64.getEncoder().encodeToString(
                id.anjungan.protocol.slip.KioskKeys.rawPublicKey(keys.getPublic())));
    }

    private EnrolmentResponse enrolKiosk(String centreId, String publicKey) {
        String code = ProtocolJsonTrees.field(post("/api/v1/admin/enrolment-codes", adminToken(),
                java.util.Map.of("centreId", centreId)).body(), "code");
        HttpResponse<String> response = post("/api/v1/kiosks/enrol", null,
                new EnrolmentRequest(code, publicKey, "test"));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("enrolment failed: " + response.statusCode() + " " + response.body());
        }
        return read(response.body(), EnrolmentResponse.class);
    }

    /** A fresh Ed25519 public key, raw 32 bytes in Base64, as a kiosk sends it. */
    public static String newPublicKey() {
        try {
            byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return ProtocolJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : ProtocolJson.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
