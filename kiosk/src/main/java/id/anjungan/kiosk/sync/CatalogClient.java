package id.anjungan.kiosk.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Fetches the catalogue from the sync server over HTTP. */
public final class CatalogClient {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = ProtocolJson.mapper();

    private final URI base;
    private final HttpClient http;

    public CatalogClient(URI serverUrl) {
        this(serverUrl, HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    public CatalogClient(URI serverUrl, HttpClient http) {
        String url = serverUrl.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.http = http;
    }

    /** All vacancies the server holds, expired ones included. */
    public List<Vacancy> fetchVacancies() throws SyncException {
        return get("api/v1/vacancies", new TypeReference<List<Vacancy>>() { });
    }

    /** Regions with their UMK, estates, trades, employers and centres. */
    public ReferenceData fetchReferenceData() throws SyncException {
        return get("api/v1/reference", new TypeReference<ReferenceData>() { });
    }

    private <T> T get(String path, TypeReference<T> type) throws SyncException {
        URI uri = base.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ServerUnreachableException("cannot reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("interrupted while fetching " + uri, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new UnexpectedResponseException("GET " + uri + " answered " + response.statusCode());
            }
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new UnexpectedResponseException("GET " + uri + " answered an empty body");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnexpectedResponseException("GET " + uri + " answered JSON the kiosk cannot read", e);
        }
    }
}
