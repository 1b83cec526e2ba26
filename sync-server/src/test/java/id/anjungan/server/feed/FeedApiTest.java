package id.anjungan.server.feed;

import static id.anjungan.server.feed.FeedFixtures.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.testing.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed API over real HTTP, with feeds served by a loopback web server as an employer's site would. */
class FeedApiTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    private RunningServer running;
    private HttpServer site;
    private final AtomicReference<byte[]> servedCsv = new AtomicReference<>(FeedFixtures.bytes("lowongan-blk-batang.csv"));

    @BeforeEach
    void start() throws IOException {
        running = RunningServer.emptyAllowingPrivateFeeds(folder, FeedFixtures.CLOCK);
        FeedFixtures.seed(running.server());
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/lowongan.csv", exchange -> {
            byte[] body = servedCsv.get();
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.createContext("/karier", exchange -> {
            byte[] body = FeedFixtures.bytes("lowongan.html");
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.createContext("/dipindah.csv", exchange -> {
            byte[] body = "<!DOCTYPE html><html><body>Halaman sudah dipindah</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        running.close();
    }

    @Test
    void aFeedServedOverHttpIsPreviewedThenImportedAndItsRunKeptWithTheRejectedRows() throws Exception {
        String id = createUrlSource(siteUrl("/lowongan.csv"), "CSV", Map.of("everyHours", 6, "fullFeed", true));

        HttpResponse<String> preview = running.post("/api/v1/admin/feeds/" + id + "/preview", admin(), "");
        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode plan = json(preview);
        assertThat(plan.path("counts").path("created").asInt()).isEqualTo(5);
        assertThat(plan.path("rejected").get(0).path("reason").asText()).isEqualTo("baris 7: kejuruan 'Tukang Las Listrik' tidak dikenal");
        assertThat(running.server().services().vacancies().count()).isZero();

        HttpResponse<String> run = running.post("/api/v1/admin/feeds/" + id + "/run?expectedContentHash="
                + plan.path("contentHash").asText(), admin(), "");
        assertThat(run.statusCode()).isEqualTo(201);
        JsonNode applied = json(run);
        assertThat(applied.path("status").asText()).isEqualTo("APPLIED");
        assertThat(applied.path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(applied.path("counts").path("created").asInt()).isEqualTo(5);

        HttpResponse<String> vacancy = running.get("/api/v1/vacancies/feed-" + id + "-lwk-002");
        assertThat(vacancy.statusCode()).isEqualTo(200);
        assertThat(json(vacancy).path("pay").path("max").asLong()).isEqualTo(3_000_000);

        JsonNode runs = json(running.get("/api/v1/admin/feeds/" + id + "/runs", admin()));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("rejected")).hasSize(2);
        assertThat(runs.get(0).path("rejected").get(1).path("line").asInt()).isEqualTo(8);
        assertThat(runs.get(0).path("rejected").get(1).path("reason").asText())
                .isEqualTo("baris 8: Batas Lamaran '31/02/2025' bukan tanggal yang ada");
        assertThat(runs.get(0).path("changes").path("created")).hasSize(5);
        JsonNode oneRun = json(running.get("/api/v1/admin/feeds/" + id + "/runs/" + runs.get(0).path("id").asText(), admin()));
        assertThat(oneRun.path("number").asInt()).isEqualTo(1);

        JsonNode source = json(running.get("/api/v1/admin/feeds/" + id, admin()));
        assertThat(source.path("lastRun").path("status").asText()).isEqualTo("APPLIED");
        assertThat(source.path("nextRunAt").asText()).isEqualTo(FeedFixtures.CLOCK.instant().plus(Duration.ofHours(6)).toString());
    }

    @Test
    void aRunOfAFeedThatChangedSinceItsPreviewIsRefused() throws Exception {
        String id = createUrlSource(siteUrl("/lowongan.csv"), "CSV", Map.of());
        String previewed = json(running.post("/api/v1/admin/feeds/" + id + "/preview", admin(), "")).path("contentHash").asText();
        servedCsv.set(new String(servedCsv.get(), StandardCharsets.UTF_8).replace("Rp 2.600.000", "Rp 2.650.000")
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> run = running.post("/api/v1/admin/feeds/" + id + "/run?expectedContentHash=" + previewed, admin(), "");

        assertThat(run.statusCode()).isEqualTo(409);
        assertThat(json(run).path("error").asText()).isEqualTo("feed_changed");
        assertThat(running.server().services().vacancies().count()).isZero();
    }

    @Test
    void aCareersPageOverHttpImportsItsPostings() throws Exception {
        String id = createUrlSource(siteUrl("/karier"), "JSON_LD", Map.of());

        JsonNode run = json(running.post("/api/v1/admin/feeds/" + id + "/run", admin(), ""));

        assertThat(run.path("status").asText()).isEqualTo("APPLIED");
        assertThat(run.path("counts").path("created").asInt()).isEqualTo(2);
    }

    @Test
    void anUnreachableAddressFailsTheRunWithAReasonAndChangesNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String id = createUrlSource("http://127.0.0.1:" + closedPort + "/lowongan.csv", "CSV", Map.of("fullFeed", true));
        SyncCursor before = running.server().services().sync().head();

        HttpResponse<String> run = running.post("/api/v1/admin/feeds/" + id + "/run", admin(), "");

        assertThat(run.statusCode()).isEqualTo(201);
        JsonNode failed = json(run);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failure").asText()).contains("127.0.0.1:" + closedPort).contains("tidak dapat dihubungi");
        assertThat(running.server().services().sync().head()).isEqualTo(before);
        assertThat(running.server().services().vacancies().count()).isZero();
        assertThat(json(running.get("/api/v1/admin/feeds/" + id + "/runs", admin())).get(0).path("status").asText())
                .isEqualTo("FAILED");

        HttpResponse<String> preview = running.post("/api/v1/admin/feeds/" + id + "/preview", admin(), "");
        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(json(preview).path("error").asText()).isEqualTo("feed_unreadable");
    }

    @Test
    void anAddressThatIsGoneOrAnswersWithAWebPageFailsTheRunSayingSo() throws Exception {
        String gone = createUrlSource(siteUrl("/tidak-ada.csv"), "CSV", Map.of());
        String moved = createUrlSource(siteUrl("/dipindah.csv"), "CSV", Map.of());

        JsonNode notFound = json(running.post("/api/v1/admin/feeds/" + gone + "/run", admin(), ""));
        JsonNode webPage = json(running.post("/api/v1/admin/feeds/" + moved + "/run", admin(), ""));

        assertThat(notFound.path("status").asText()).isEqualTo("FAILED");
        assertThat(notFound.path("failure").asText()).endsWith("menjawab HTTP 404 (tidak ditemukan)");
        assertThat(webPage.path("status").asText()).isEqualTo("FAILED");
        assertThat(webPage.path("failure").asText()).startsWith("isinya halaman web (HTML), bukan CSV");
        assertThat(running.server().services().vacancies().count()).isZero();
    }

    @Test
    void filesAreUploadedAsARawBodyOrAsAFormAndAnswerWithTheirPreview() throws Exception {
        String id = json(running.post("/api/v1/admin/feeds", admin(), Map.of("ownerKind", "CENTRE", "ownerId", CENTRE,
                "name", "Daftar lowongan bulanan", "kind", "UPLOAD", "format", "XLSX"))).path("id").asText();

        HttpResponse<String> raw = send(HttpRequest.newBuilder(running.uri("/api/v1/admin/feeds/" + id
                        + "/upload?fileName=lowongan-juli.xlsx"))
                .header("Authorization", "Bearer " + admin())
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FeedFixtures.bytes("lowongan-blk-batang.xlsx"))));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(json(raw).path("source").path("upload").path("fileName").asText()).isEqualTo("lowongan-juli.xlsx");
        assertThat(json(raw).path("preview").path("counts").path("created").asInt()).isEqualTo(5);

        HttpResponse<String> form = sendMultipart("/api/v1/admin/feeds/" + id + "/upload", "berkas", "lowongan-agustus.xlsx",
                FeedFixtures.bytes("lowongan-blk-batang.xlsx"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json(form).path("source").path("upload").path("fileName").asText()).isEqualTo("lowongan-agustus.xlsx");

        HttpResponse<String> wrongFormat = send(HttpRequest.newBuilder(running.uri("/api/v1/admin/feeds/" + id + "/upload"))
                .header("Authorization", "Bearer " + admin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(FeedFixtures.bytes("lowongan-blk-batang.csv"))));
        assertThat(wrongFormat.statusCode()).isEqualTo(422);
        assertThat(json(wrongFormat).path("message").asText()).contains("bukan berkas Excel");

        JsonNode run = json(running.post("/api/v1/admin/feeds/" + id + "/run", admin(), ""));
        assertThat(run.path("counts").path("created").asInt()).isEqualTo(5);

        JsonNode listed = json(running.get("/api/v1/admin/feeds?ownerKind=CENTRE&ownerId=" + CENTRE, admin()));
        assertThat(listed).singleElement().satisfies(s -> {
            assertThat(s.path("upload").path("fileName").asText()).isEqualTo("lowongan-agustus.xlsx");
            assertThat(s.path("lastRun").path("status").asText()).isEqualTo("APPLIED");
        });

        // a file past the size of a default request body (1 MB) still goes in whole, and one past 10 MB does not
        String csvId = json(running.post("/api/v1/admin/feeds", admin(), Map.of("ownerKind", "CENTRE", "ownerId", CENTRE,
                "name", "Besar", "kind", "UPLOAD", "format", "CSV"))).path("id").asText();
        String big = "Judul;Perusahaan;Kejuruan;Batas Lamaran;Deskripsi\r\nWelder;PT Logam Presisi Batang;Las;31/07/2025;"
                + "Pengelasan. ".repeat(250_000) + "\r\n";
        HttpResponse<String> large = send(HttpRequest.newBuilder(running.uri("/api/v1/admin/feeds/" + csvId + "/upload"))
                .header("Authorization", "Bearer " + admin())
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(large.statusCode()).as(large.body()).isEqualTo(200);
        assertThat(json(large).path("source").path("upload").path("size").asLong()).isGreaterThan(3_000_000);
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(running.uri("/api/v1/admin/feeds/" + csvId + "/upload"))
                .header("Authorization", "Bearer " + admin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FeedService.MAX_BYTES + 1])));
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(json(tooLarge).path("message").asText()).contains("lebih besar dari 10 MB");
    }

    @Test
    void theApiNeedsTheAdminTokenAndSaysWhatIsWrongWithASource() throws Exception {
        assertThat(running.get("/api/v1/admin/feeds").statusCode()).isEqualTo(401);
        assertThat(running.post("/api/v1/admin/feeds/x/run", "wrong", "").statusCode()).isEqualTo(401);
        assertThat(running.post("/api/v1/admin/feeds/tidakada/run", admin(), "").statusCode()).isEqualTo(404);

        HttpResponse<String> ftp = running.post("/api/v1/admin/feeds", admin(), Map.of("ownerKind", "CENTRE", "ownerId", CENTRE,
                "name", "FTP", "kind", "URL", "format", "CSV", "url", "ftp://example.org/lowongan.csv"));
        assertThat(ftp.statusCode()).isEqualTo(400);
        assertThat(json(ftp).path("message").asText()).startsWith("url:");
        HttpResponse<String> scheduledUpload = running.post("/api/v1/admin/feeds", admin(), Map.of("ownerKind", "CENTRE",
                "ownerId", CENTRE, "name", "Unggahan", "kind", "UPLOAD", "format", "CSV", "everyHours", 6));
        assertThat(scheduledUpload.statusCode()).isEqualTo(400);
        assertThat(json(scheduledUpload).path("message").asText()).startsWith("everyHours:");
        HttpResponse<String> unknownOwner = running.post("/api/v1/admin/feeds", admin(), Map.of("ownerKind", "EMPLOYER",
                "ownerId", "emp-tidak-ada", "name", "X", "kind", "UPLOAD", "format", "CSV"));
        assertThat(unknownOwner.statusCode()).isEqualTo(400);
        assertThat(json(unknownOwner).path("message").asText()).contains("emp-tidak-ada");

        String id = createUrlSource(siteUrl("/lowongan.csv"), "CSV", Map.of());
        HttpResponse<String> renamed = running.put("/api/v1/admin/feeds/" + id, Map.of("name", "Lowongan KIT Batang", "everyHours", 12));
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json(renamed).path("name").asText()).isEqualTo("Lowongan KIT Batang");
        assertThat(json(renamed).path("everyHours").asInt()).isEqualTo(12);
        assertThat(json(renamed).path("url").asText()).isEqualTo(siteUrl("/lowongan.csv"));
    }

    @Test
    void theSchedulerRunsAUrlSourceWhenItsTimeHasComeAndNotBefore() throws Exception {
        String scheduled = createUrlSource(siteUrl("/lowongan.csv"), "CSV", Map.of("everyHours", 6));
        String onDemand = createUrlSource(siteUrl("/karier"), "JSON_LD", Map.of());

        List<FeedRun> first = running.server().feeds().runDue();
        List<FeedRun> second = running.server().feeds().runDue();

        assertThat(first).singleElement().satisfies(run -> {
            assertThat(run.sourceId()).isEqualTo(scheduled);
            assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULE);
            assertThat(run.status()).isEqualTo(RunStatus.APPLIED);
        });
        assertThat(second).as("six hours have not passed on the test's clock").isEmpty();
        assertThat(running.server().feeds().runs(onDemand, 10)).isEmpty();
    }

    // ---- helpers

    private String createUrlSource(String url, String format, Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new HashMap<>(Map.of("ownerKind", "CENTRE", "ownerId", CENTRE, "name", "Lowongan " + url,
                "kind", "URL", "format", format, "url", url));
        body.putAll(extra);
        HttpResponse<String> created = running.post("/api/v1/admin/feeds", admin(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asText();
    }

    private String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private String admin() {
        return running.adminToken();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ProtocolJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> sendMultipart(String path, String field, String fileName, byte[] content) throws IOException {
        String boundary = "----abk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(running.uri(path))
                .header("Authorization", "Bearer " + admin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
