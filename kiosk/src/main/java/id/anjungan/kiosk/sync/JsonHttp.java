package id.anjungan.kiosk.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON calls to the sync server, with its error answers turned into typed exceptions. */
final class JsonHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = ProtocolJson.mapper();

    private final URI base;
    private final HttpClient http;

    JsonHttp(URI serverUrl, HttpClient http) {
        String url = serverUrl.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.http = http;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    URI base() {
        return base;
    }

    /**
     * @param body a record to send as JSON, or null for a GET
     * @param type the answer's type, or null when the answer has no body
     */
    <T> T call(String path, String token, Object body, TypeReference<T> type) throws SyncException {
        return send(path, token, body, type == null ? null : in -> JSON.readValue(in, type));
    }

    /** Reads an answer's body. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * @param body a record to send as JSON, or null for a GET
     * @param reader reads the answer, or null when the answer has no body
     */
    <T> T send(String path, String token, Object body, BodyReader<T> reader) throws SyncException {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.GET();
        } else {
            try {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
            }
        }
        String what = (body == null ? "GET " : "POST ") + uri;
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ServerUnreachableException("cannot reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("interrupted during " + what, e);
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new RefusedException(status, what + " refused: " + message(in));
            }
            if (status == 409) {
                throw new CursorGoneException(message(in));
            }
            if (status < 200 || status > 299) {
                throw new UnexpectedResponseException(what + " answered " + status + ": " + message(in));
            }
            if (reader == null) {
                return null;
            }
            T value = reader.read(in);
            if (value == null) {
                throw new UnexpectedResponseException(what + " answered an empty body");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnexpectedResponseException(what + " answered JSON the kiosk cannot read", e);
        }
    }

    private static String message(InputStream in) throws IOException {
        String text = new String(in.readNBytes(2_000), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text).path("message").asText(text);
        } catch (IOException e) {
            return text;
        }
    }
}
