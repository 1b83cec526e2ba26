package id.anjungan.server.console;

import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.testing.SseTestClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Sync now" on the fleet page: a control event on the kiosk's open event stream. */
class FleetSyncNowTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SseTestClient stream(EnrolmentResponse kiosk) throws Exception {
        SyncCursor head = fixture.running.server().services().sync().head();
        SseTestClient stream = new SseTestClient(fixture.running.uri("/api/v1/sync/stream?epoch=" + head.epoch()
                + "&since=" + head.seq()), kiosk.token(), null);
        assertThat(stream.status()).isEqualTo(200);
        waitForSubscribers(1);
        return stream;
    }

    private void waitForSubscribers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fixture.running.server().changeStream().subscriberCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void staffPressingSyncNowSendsASyncNowEventOnThatKiosksStreamOnlyAndItIsAudited() throws Exception {
        EnrolmentResponse kiosk = fixture.running.enrolKiosk(BATANG_CENTRE);
        EnrolmentResponse other = fixture.running.enrolKiosk(BATANG_CENTRE);
        try (SseTestClient stream = stream(kiosk); SseTestClient otherStream = stream(other)) {
            waitForSubscribers(2);
            ConsoleClient staff = fixture.signedIn("staf.batang");
            assertThat(staff.get("/console/kiosks").body()).contains("/console/kiosks/" + kiosk.kioskId() + "/sync");

            HttpResponse<String> pressed = staff.post("/console/kiosks/" + kiosk.kioskId() + "/sync", Map.of());

            assertThat(pressed.statusCode()).isEqualTo(302);
            SseTestClient.Event event = stream.next(WAIT);
            assertThat(event).isNotNull();
            assertThat(event.name()).isEqualTo("sync-now");
            assertThat(event.data()).contains("staf.batang");
            assertThat(otherStream.next(Duration.ofMillis(500))).isNull();
            String page = staff.get(pressed.headers().firstValue("Location").orElseThrow()).body();
            assertThat(page).contains("id=\"sync-notice\"").contains("Anjungan " + kiosk.kioskId() + " diminta sinkron sekarang");
            assertThat(fixture.signedIn("kepala").get("/console/audit").body())
                    .contains("Meminta anjungan sinkron sekarang").contains(kiosk.kioskId());
        }
    }

    @Test
    void syncNowForAKioskWithoutAnOpenStreamSaysItWillSyncWhenItReconnects() {
        EnrolmentResponse kiosk = fixture.running.enrolKiosk(BATANG_CENTRE);
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> pressed = staff.post("/console/kiosks/" + kiosk.kioskId() + "/sync", Map.of());

        String page = staff.get(pressed.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("sedang tidak terhubung");
    }

    @Test
    void staffCannotSyncAnotherCentresKioskAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        EnrolmentResponse tangerang = fixture.running.enrolKiosk(TANGERANG_CENTRE);
        try (SseTestClient stream = stream(tangerang)) {
            ConsoleClient staff = fixture.signedIn("staf.batang");

            assertThat(staff.post("/console/kiosks/" + tangerang.kioskId() + "/sync", Map.of()).statusCode()).isEqualTo(404);
            assertThat(staff.postForm("/console/kiosks/" + tangerang.kioskId() + "/sync", Map.of()).statusCode())
                    .isIn(400, 403);
            assertThat(fixture.signedIn("staf.tangerang").postForm("/console/kiosks/" + tangerang.kioskId() + "/sync",
                    Map.of("_csrf", "wrong")).statusCode()).isIn(400, 403);
            assertThat(stream.next(Duration.ofMillis(500))).isNull();
        }
    }
}
