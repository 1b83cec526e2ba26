package id.anjungan.kiosk.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The real sync server with the demo data set (the server's shared {@link RunningServer}), seen
 * the way the kiosk's tests need it: its address, and what it holds, fetched independently of the
 * kiosk's own client.
 */
public final class TestServer implements AutoCloseable {
    private final RunningServer running;

    private TestServer(RunningServer running) {
        this.running = running;
    }

    /** Starts a server on a free loopback port whose database lives in the given folder. */
    public static TestServer start(Path folder) {
        return new TestServer(RunningServer.withDemoData(folder, Clock.system(SyncServer.ZONE)));
    }

    public URI baseUri() {
        return running.server().baseUri();
    }

    /** All vacancies the server holds, expired ones included. */
    public List<Vacancy> vacancies() {
        return get("/api/v1/vacancies", new TypeReference<>() { });
    }

    public ReferenceData referenceData() {
        return get("/api/v1/reference", new TypeReference<>() { });
    }

    /** A fresh one-time enrolment code for the centre, as staff would create it. */
    public String enrolmentCode(String centreId) {
        HttpResponse<String> response = running.post("/api/v1/admin/enrolment-codes", running.adminToken(),
                java.util.Map.of("centreId", centreId));
        try {
            return ProtocolJson.mapper().readTree(response.body()).path("code").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an enrolled kiosk of the centre receives as its first snapshot. */
    public id.anjungan.protocol.sync.Snapshot snapshotFor(String centreId) {
        String token = running.enrolKiosk(centreId).token();
        return RunningServer.read(running.get("/api/v1/sync/snapshot", token).body(), id.anjungan.protocol.sync.Snapshot.class);
    }

    /** The vacancies in the regions a centre's kiosks show, expired ones included. */
    public List<Vacancy> vacanciesSeenBy(String centreId) {
        List<String> scope = referenceData().centre(centreId).orElseThrow().scopeRegionIds();
        return vacancies().stream().filter(v -> scope.contains(v.regionId())).toList();
    }

    /** The running server, to change its data as staff would. */
    public RunningServer running() {
        return running;
    }

    public void stop() {
        running.stop();
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
        HttpResponse<String> response = running.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        try {
            return ProtocolJson.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
