package id.anjungan.benchmarks.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/** The sync server's HTTP API as the benchmarks call it: administrator calls and kiosk calls. */
public final class SyncApi {
    private static final ObjectMapper JSON = ProtocolJson.mapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final URI base;
    private final String adminToken;

    public SyncApi(HttpClient client, URI base, String adminToken) {
        this.client = client;
        this.base = base;
        this.adminToken = adminToken;
    }

    public static HttpClient.Builder clientBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    }

    public URI base() {
        return base;
    }

    /** POST /api/v1/admin/enrolment-codes, then POST /api/v1/kiosks/enrol with a fresh Ed25519 key. */
    public EnrolmentResponse enrolKiosk(String centreId) {
        JsonNode code = readTree(send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/enrolment-codes"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(body(Map.of("centreId", centreId))), 201));
        String publicKey = Base64.getEncoder().encodeToString(KioskKeys.rawPublicKey(KioskKeys.generate().getPublic()));
        byte[] enrolled = send(HttpRequest.newBuilder(base.resolve("/api/v1/kiosks/enrol"))
                .header("Content-Type", "application/json")
                .POST(body(new EnrolmentRequest(code.path("code").asText(), publicKey, "benchmarks"))), 201);
        return read(enrolled, EnrolmentResponse.class);
    }

    public byte[] snapshotBytes(String token) {
        return send(kiosk(token, base.resolve("/api/v1/sync/snapshot")).GET(), 200);
    }

    public Snapshot snapshot(String token) {
        return read(snapshotBytes(token), Snapshot.class);
    }

    public URI changesUri(SyncCursor cursor, int limit) {
        return base.resolve("/api/v1/sync/changes?epoch=" + URLEncoder.encode(cursor.epoch(), StandardCharsets.UTF_8)
                + "&since=" + cursor.seq() + "&limit=" + limit);
    }

    /** GET /api/v1/sync/changes, the body unparsed. */
    public byte[] changesBytes(String token, SyncCursor cursor, int limit) {
        return send(kiosk(token, changesUri(cursor, limit)).GET(), 200);
    }

    public CompletableFuture<HttpResponse<byte[]>> changesAsync(String token, SyncCursor cursor, int limit) {
        return client.sendAsync(kiosk(token, changesUri(cursor, limit)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Opens GET /api/v1/sync/stream from a cursor (as Last-Event-ID). The status goes to {@code onStatus} as
     * soon as the headers are in; the returned future completes only when the stream ends.
     */
    public CompletableFuture<HttpResponse<Void>> stream(String token, SyncCursor from, SseSubscriber subscriber,
                                                         IntConsumer onStatus) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/sync/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", from.asText())
                .GET().build();
        return client.sendAsync(request, info -> {
            onStatus.accept(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(subscriber);
        });
    }

    public List<Vacancy> vacancies() {
        return read(send(HttpRequest.newBuilder(base.resolve("/api/v1/vacancies")).GET(), 200), new TypeReference<>() { });
    }

    public Vacancy vacancy(String id) {
        return read(send(HttpRequest.newBuilder(base.resolve("/api/v1/vacancies/" + id)).GET(), 200), Vacancy.class);
    }

    /** PUT /api/v1/admin/vacancies/{id}: the change is committed (and in the log) when this returns. */
    public void putVacancy(Vacancy vacancy) {
        send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/vacancies/" + vacancy.id()))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(body(vacancy)), 200);
    }

    private HttpRequest.Builder kiosk(String token, URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private byte[] send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<byte[]> r = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered "
                        + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
