package id.anjungan.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A real sync server on a free port with its own SQLite file, and an HTTP client to talk to it. */
final class RunningServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Path database;
    final SyncServer server;

    private RunningServer(Path database, SyncServer server) {
        this.database = database;
        this.server = server;
    }

    static RunningServer start(Path folder, Clock clock) {
        Path database = folder.resolve("sync-server.db");
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withDatabase(database);
        return new RunningServer(database, SyncServer.start(config, clock));
    }

    HttpResponse<String> get(String path) {
        URI uri = server.baseUri().resolve(path);
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
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
