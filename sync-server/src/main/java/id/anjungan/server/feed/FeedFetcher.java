package id.anjungan.server.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fetches a URL source with the JDK's HTTP client: a time limit to connect and one for the whole
 * answer, and a size limit. Anything but a 2xx answer with a body within the limit is a
 * {@link FeedUnreadableException} that says, in Indonesian, what went wrong.
 *
 * <p>Unless private addresses are allowed, the host of the address and of every redirect is resolved
 * first and refused when any of its addresses is not public ({@link PublicAddresses}); redirects are
 * therefore followed here, one hop at a time, rather than by the client. The client resolves the name
 * again when it connects, so a name server that answers differently within that moment (DNS
 * rebinding) is not caught; the JDK 17 client has no hook to connect to the checked address itself.
 */
public final class FeedFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxBytes;
    /** Null when every address is allowed (and names need not be resolved beforehand). */
    private final Predicate<InetAddress> allowed;

    public FeedFetcher(Duration connectTimeout, Duration requestTimeout, int maxBytes, boolean allowPrivateAddresses) {
        this(connectTimeout, requestTimeout, maxBytes, allowPrivateAddresses ? null : PublicAddresses::isPublic);
    }

    FeedFetcher(Duration connectTimeout, Duration requestTimeout, int maxBytes, Predicate<InetAddress> allowed) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.allowed = allowed;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Refuses an address whose host is, or resolves to, a non-public address, unless those are
     * allowed. A host that does not resolve (yet) is let through here; fetching it fails later.
     */
    public void checkAddress(String url) {
        if (allowed == null) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FeedUnreadableException("alamat '" + url + "' tidak sah: " + e.getMessage(), e);
        }
        try {
            refuseNonPublic(uri);
        } catch (UnknownHostException e) {
            // not resolvable now: nothing to refuse; a run will say the name is unknown
        }
    }

    private void refuseNonPublic(URI uri) throws UnknownHostException {
        String host = uri.getHost();
        if (host == null) {
            throw new FeedUnreadableException("alamat '" + uri + "' tidak punya nama server");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            if (!allowed.test(address)) {
                throw new FeedUnreadableException("alamat " + uri + " menuju jaringan lokal atau pribadi ("
                        + address.getHostAddress() + "); server hanya mengambil umpan dari alamat internet umum");
            }
        }
    }

    public byte[] fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FeedUnreadableException("alamat '" + url + "' tidak sah: " + e.getMessage(), e);
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedUnreadableException("alamat " + url + " mengalihkan ke '" + uri + "', bukan alamat http(s)");
            }
            Fetched fetched = fetchOnce(uri, url);
            if (fetched.redirect() == null) {
                return fetched.body();
            }
            uri = fetched.redirect();
        }
        throw new FeedUnreadableException("alamat " + url + " dialihkan lebih dari " + MAX_REDIRECTS + " kali");
    }

    /** The body of a 2xx answer, or where a redirect points. */
    private record Fetched(byte[] body, URI redirect) {
    }

    private Fetched fetchOnce(URI uri, String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(requestTimeout)
                    .header("User-Agent", "AnjunganBursaKerja-feeds/1")
                    .header("Accept", "text/csv, application/json, application/ld+json, text/html,"
                            + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new FeedUnreadableException("alamat '" + url + "' tidak sah: " + e.getMessage(), e);
        }
        try {
            if (allowed != null) {
                refuseNonPublic(uri);
            }
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (REDIRECTS.contains(status) && location.isPresent()) {
                    try {
                        return new Fetched(null, uri.resolve(location.get().strip()));
                    } catch (IllegalArgumentException e) {
                        throw new FeedUnreadableException("alamat " + url + " mengalihkan ke alamat yang tidak sah: "
                                + location.get(), e);
                    }
                }
                if (status < 200 || status > 299) {
                    throw new FeedUnreadableException("alamat " + url + " menjawab HTTP " + status + statusWords(status));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooLarge(url);
                }
                return new Fetched(readLimited(body, url), null);
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
