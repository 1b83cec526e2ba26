package id.anjungan.kiosk.testing;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.ServerConfig;
import id.anjungan.server.SyncServer;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * The real sync server on a free port of the loopback address, with its own SQLite file and the
 * demo data set; and a way to ask it directly what a kiosk should show.
 */
public final class TestServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SyncServer server;

    private TestServer(SyncServer server) {
        this.server = server;
    }

    /** Starts a server whose database lives in the given folder; starting again on the same folder keeps the data. */
    public static TestServer start(Path folder) {
        ServerConfig config = ServerConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withDatabase(folder.resolve("server.db"));
        return new TestServer(SyncServer.start(config));
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** All vacancies the server holds, fetched independently of the kiosk's own client. */
    public List<Vacancy> vacancies() {
        return get("api/v1/vacancies", new TypeReference<>() { });
    }

    public ReferenceData referenceData() {
        return get("api/v1/reference", new TypeReference<>() { });
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** An address on this machine where nothing listens: a server that is down. */
    public static URI unreachableAddress() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T get(String path, TypeReference<T> type) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(baseUri().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return ProtocolJson.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
