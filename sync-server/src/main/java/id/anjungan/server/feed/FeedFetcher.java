package id.anjungan.server.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Fetches a URL source with the JDK's HTTP client: redirects followed, a time limit to connect and one
 * for the whole answer, and a size limit. Anything but a 2xx answer with a body within the limit is a
 * {@link FeedUnreadableException} that says, in Indonesian, what went wrong.
 */
public final class FeedFetcher {
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxBytes;

    public FeedFetcher(Duration connectTimeout, Duration requestTimeout, int maxBytes) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public byte[] fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("User-Agent", "AnjunganBursaKerja-feeds/1")
                    .header("Accept", "text/csv, application/json, application/ld+json, text/html,"
                            + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new FeedUnreadableException("alamat '" + url + "' tidak sah: " + e.getMessage(), e);
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status < 200 || status > 299) {
                    throw new FeedUnreadableException("alamat " + url + " menjawab HTTP " + status + statusWords(status));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooLarge(url);
                }
                return readLimited(body, url);
            }
        } catch (HttpConnectTimeoutException e) {
            throw new FeedUnreadableException("alamat " + url + " tidak tersambung dalam " + connectTimeout.toSeconds() + " detik", e);
        } catch (HttpTimeoutException e) {
            throw new FeedUnreadableException("alamat " + url + " tidak menjawab dalam " + requestTimeout.toSeconds() + " detik", e);
        } catch (ConnectException e) {
            throw new FeedUnreadableException("alamat " + url + " tidak dapat dihubungi (koneksi ditolak atau server mati)", e);
        } catch (UnknownHostException | UnresolvedAddressException e) {
            throw new FeedUnreadableException("nama server di alamat " + url + " tidak dikenal", e);
        } catch (IOException e) {
            throw new FeedUnreadableException("mengambil " + url + " gagal: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnreadableException("mengambil " + url + " dihentikan", e);
        }
    }

    private byte[] readLimited(InputStream body, String url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                throw tooLarge(url);
            }
        }
        return out.toByteArray();
    }

    private FeedUnreadableException tooLarge(String url) {
        return new FeedUnreadableException("isi alamat " + url + " lebih besar dari " + (maxBytes / (1024 * 1024)) + " MB");
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 401, 403 -> " (akses ditolak)";
            case 404 -> " (tidak ditemukan)";
            case 410 -> " (sudah dihapus)";
            case 500, 502, 503, 504 -> " (server sedang bermasalah)";
            default -> "";
        };
    }
}
