package id.anjungan.server.sync;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.SseTestClient;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeStreamTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private RunningServer running;
    private TestCatalogue catalogue;
    private EnrolmentResponse kiosk;

    @BeforeEach
    void startAServerWithAnEnrolledBatangKiosk() {
        running = RunningServer.empty(folder, CLOCK);
        catalogue = new TestCatalogue(running.server()).seedReference();
        kiosk = running.enrolKiosk(BATANG_CENTRE);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private SseTestClient connect(SyncCursor from) {
        return new SseTestClient(running.uri("/api/v1/sync/stream?epoch=" + from.epoch() + "&since=" + from.seq()),
                kiosk.token(), null);
    }

    @Test
    void aChangeCommittedOnTheServerIsPushedToAConnectedKioskWithItsCursorAsEventId() throws Exception {
        SyncCursor head = running.server().services().sync().head();
        try (SseTestClient stream = connect(head)) {
            assertThat(stream.status()).isEqualTo(200);

            catalogue.put(TestCatalogue.welder("v-new", BATANG, TODAY, TODAY.plusDays(14)));

            SseTestClient.Event event = stream.next(WAIT);
            assertThat(event).isNotNull();
            assertThat(event.name()).isEqualTo("changes");
            ChangeBatch batch = RunningServer.read(event.data(), ChangeBatch.class);
            assertThat(batch.changes()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("v-new"));
            assertThat(event.id()).isEqualTo(batch.cursor().asText());
        }
    }

    @Test
    void aKioskReconnectingWithLastEventIdGetsWhatItMissedAndNothingTwice() throws Exception {
        SyncCursor head = running.server().services().sync().head();
        String lastEventId;
        try (SseTestClient stream = connect(head)) {
            catalogue.put(TestCatalogue.welder("v-1", BATANG, TODAY, TODAY.plusDays(14)));
            lastEventId = stream.next(WAIT).id();
        }
        catalogue.put(TestCatalogue.welder("v-2", BATANG, TODAY, TODAY.plusDays(14)));

        try (SseTestClient stream = new SseTestClient(running.uri("/api/v1/sync/stream"), kiosk.token(), lastEventId)) {
            ChangeBatch batch = RunningServer.read(stream.next(WAIT).data(), ChangeBatch.class);

            assertThat(batch.changes()).extracting(c -> c.id()).containsExactly("v-2");
        }
    }

    @Test
    void aVacancyOutsideTheKiosksScopeIsNeverPushed() throws Exception {
        SyncCursor head = running.server().services().sync().head();
        try (SseTestClient stream = connect(head)) {
            catalogue.put(TestCatalogue.welder("far", TANGERANG, TODAY, TODAY.plusDays(14)));
            catalogue.put(TestCatalogue.welder("near", BATANG, TODAY, TODAY.plusDays(14)));

            ChangeBatch batch = RunningServer.read(stream.next(WAIT).data(), ChangeBatch.class);

            assertThat(batch.changes()).extracting(c -> c.id()).containsExactly("near");
        }
    }

    @Test
    void aQuietStreamGetsHeartbeatCommentsAndStaysOpen() throws Exception {
        try (RunningServer quick = RunningServer.emptyWithHeartbeat(folder.resolve("quick"), CLOCK, 1)) {
            TestCatalogue quiet = new TestCatalogue(quick.server()).seedReference();
            EnrolmentResponse enrolled = quick.enrolKiosk(BATANG_CENTRE);
            SyncCursor head = quick.server().services().sync().head();
            try (SseTestClient stream = new SseTestClient(quick.uri("/api/v1/sync/stream?epoch=" + head.epoch()
                    + "&since=" + head.seq()), enrolled.token(), null)) {
                Thread.sleep(3_500);

                assertThat(stream.comments()).isGreaterThanOrEqualTo(3);
                quiet.put(TestCatalogue.welder("after-quiet", BATANG, TODAY, TODAY.plusDays(3)));
                assertThat(stream.next(WAIT).data()).contains("after-quiet");
            }
        }
    }

    @Test
    void changesCommittedWhilePushesAreUnderWayAllArriveAndTheStreamKeepsGoing() throws Exception {
        SyncCursor head = running.server().services().sync().head();
        try (SseTestClient stream = connect(head)) {
            assertThat(stream.status()).isEqualTo(200);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    catalogue.put(TestCatalogue.welder("burst-" + i, BATANG, TODAY, TODAY.plusDays(14)));
                }
            });
            writer.start();
            writer.join();
            catalogue.put(TestCatalogue.welder("after-burst", BATANG, TODAY, TODAY.plusDays(14)));

            java.util.Set<String> seen = new java.util.HashSet<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!seen.contains("after-burst") && System.nanoTime() < deadline) {
                SseTestClient.Event event = stream.next(Duration.ofMillis(200));
                if (event != null && event.name().equals("changes")) {
                    RunningServer.read(event.data(), ChangeBatch.class).changes().forEach(c -> seen.add(c.id()));
                }
            }

            assertThat(seen).hasSize(301).contains("burst-0", "burst-299", "after-burst");
        }
    }

    @Test
    void revokingAKioskClosesItsOpenStreamAndItsReconnectIsRefused() throws Exception {
        SyncCursor head = running.server().services().sync().head();
        try (SseTestClient stream = connect(head)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.ended(Duration.ofMillis(300))).isFalse();

            running.post("/api/v1/admin/kiosks/" + kiosk.kioskId() + "/revoke", running.adminToken(), "");

            assertThat(stream.ended(WAIT)).isTrue();
        }
        try (SseTestClient again = connect(head)) {
            assertThat(again.status()).isEqualTo(403);
        }
    }

    @Test
    void aStreamAuthenticatedJustBeforeItsKioskWasRevokedIsClosedAsItSubscribes() throws Exception {
        // What the revocation does once committed, before this kiosk's stream (its token checked
        // a moment earlier) registers: the stream must not stay open.
        running.server().changeStream().disconnect(kiosk.kioskId());

        try (SseTestClient stream = connect(running.server().services().sync().head())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.ended(WAIT)).isTrue();
        }
    }

    @Test
    void aStreamWithoutACursorIsRefusedBeforeItStarts() throws Exception {
        try (SseTestClient stream = new SseTestClient(running.uri("/api/v1/sync/stream"), kiosk.token(), null)) {
            assertThat(stream.status()).isEqualTo(400);
        }
    }

    @Test
    void aStreamFromAnotherEpochGetsAResetEvent() throws Exception {
        try (SseTestClient stream = connect(new SyncCursor("old-epoch", 4))) {
            SseTestClient.Event event = stream.next(WAIT);

            assertThat(event.name()).isEqualTo("reset");
            assertThat(event.data()).contains("snapshot");
        }
    }
}
