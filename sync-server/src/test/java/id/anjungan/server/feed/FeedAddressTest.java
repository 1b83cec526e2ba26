package id.anjungan.server.feed;

import static id.anjungan.server.feed.FeedFixtures.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feed addresses may not lead into the server's own machine or network (SSRF) unless the deployment
 * allows it: refused when registered, and again at every hop of a fetch, redirects included.
 */
class FeedAddressTest {
    @TempDir
    Path folder;

    private HttpServer site;

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/lowongan.csv", exchange -> {
            byte[] body = "Judul;Perusahaan;Kejuruan;Batas Lamaran\r\nWelder;PT Logam Presisi Batang;Las;31/07/2025\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.createContext("/pindah", exchange -> {
            exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void loopbackPrivateLinkLocalAndUnspecifiedAddressesAreNotPublic() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1",
                "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1",
                "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "64:ff9b::a9fe:a9fe")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("8.8.8.8", "103.10.20.30", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void byDefaultAServerRefusesToRegisterAFeedAtAPrivateOrLoopbackAddressAndSaysWhy() throws IOException {
        try (RunningServer running = RunningServer.empty(folder, FeedFixtures.CLOCK)) {
            FeedFixtures.seed(running.server());
            for (String url : List.of(siteUrl("/lowongan.csv"), "http://localhost/lowongan.csv",
                    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/lowongan.csv",
                    "http://192.168.1.10:8080/lowongan.csv", "http://[::1]/lowongan.csv", "http://[fd00::5]/x.csv",
                    "http://0.0.0.0:7070/api/v1/admin/feeds")) {
                HttpResponse<String> created = running.post("/api/v1/admin/feeds", running.adminToken(), Map.of(
                        "ownerKind", "CENTRE", "ownerId", CENTRE, "name", "Lokal", "kind", "URL", "format", "CSV", "url", url));

                assertThat(created.statusCode()).as(url).isEqualTo(400);
                assertThat(ProtocolJson.mapper().readTree(created.body()).path("message").asText()).as(url)
                        .startsWith("url: alamat ").contains("menuju jaringan lokal atau pribadi");
            }
            assertThat(running.server().feeds().list(null, null)).isEmpty();
        }
    }

    @Test
    void aServerThatAllowsPrivateFeedsFetchesFromItsOwnNetwork() throws IOException {
        try (RunningServer running = RunningServer.emptyAllowingPrivateFeeds(folder, FeedFixtures.CLOCK)) {
            FeedFixtures.seed(running.server());
            HttpResponse<String> created = running.post("/api/v1/admin/feeds", running.adminToken(), Map.of(
                    "ownerKind", "CENTRE", "ownerId", CENTRE, "name", "LAN", "kind", "URL", "format", "CSV",
                    "url", siteUrl("/pindah?" + siteUrl("/lowongan.csv"))));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = ProtocolJson.mapper().readTree(created.body()).path("id").asText();

            FeedRun run = running.server().feeds().run(id, RunTrigger.MANUAL, null);

            assertThat(run.status()).as(run.failure()).isEqualTo(RunStatus.APPLIED);
            assertThat(run.counts().created()).as("the redirect was followed").isEqualTo(1);
        }
    }

    @Test
    void aRedirectToARefusedAddressIsNotFollowed() {
        // 127.0.0.1 stands for a public site here; 127.0.0.2 for the private address it redirects to.
        FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024 * 1024,
                address -> address.getHostAddress().equals("127.0.0.1"));
        String inside = "http://127.0.0.2:" + site.getAddress().getPort() + "/lowongan.csv";

        assertThat(new String(fetcher.fetch(siteUrl("/pindah?" + siteUrl("/lowongan.csv"))), StandardCharsets.UTF_8))
                .startsWith("Judul;");
        assertThatThrownBy(() -> fetcher.fetch(siteUrl("/pindah?" + inside)))
                .isInstanceOf(FeedUnreadableException.class)
                .hasMessage("alamat " + inside + " menuju jaringan lokal atau pribadi (127.0.0.2);"
                        + " server hanya mengambil umpan dari alamat internet umum");
        assertThatThrownBy(() -> fetcher.fetch(siteUrl("/pindah?" + siteUrl("/pindah?" + siteUrl("/pindah?"
                + siteUrl("/pindah?" + siteUrl("/pindah?" + siteUrl("/pindah?" + siteUrl("/lowongan.csv")))))))))
                .isInstanceOf(FeedUnreadableException.class).hasMessageContaining("dialihkan lebih dari 5 kali");
    }

    private String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }
}
