package id.anjungan.kiosk.sync;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.store.RawChange;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeStreamClientTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    private RunningServer running;
    private TestCatalogue catalogue;
    private EnrolmentResponse kiosk;
    private final AtomicReference<SyncCursor> applied = new AtomicReference<>();
    private final List<String> appliedIds = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> resets = new LinkedBlockingQueue<>();
    private ChangeStreamClient client;

    @BeforeEach
    void startAServerWithAnEnrolledKiosk() {
        running = RunningServer.empty(folder, CLOCK);
        catalogue = new TestCatalogue(running.server()).seedReference();
        kiosk = running.enrolKiosk(BATANG_CENTRE);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        running.close();
    }

    private void connectFrom(SyncCursor cursor) {
        applied.set(cursor);
        ChangeStreamClient.Listener listener = new ChangeStreamClient.Listener() {
            @Override
            public void connected() {
            }

            @Override
            public void batch(RawChangeBatch batch) {
                batch.changes().stream().map(RawChange::id).forEach(appliedIds::add);
                applied.set(batch.cursor());
            }

            @Override
            public void reset(String reason) {
                resets.add(reason);
            }

            @Override
            public void disconnected(String reason) {
            }

            @Override
            public void refused(int status, String reason) {
            }
        };
        client = new ChangeStreamClient(HttpClient.newHttpClient(), running.server().baseUri(), kiosk::token, applied::get,
                listener, new Backoff(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(400), new SplittableRandom(1)),
                Duration.ofSeconds(40));
        client.start();
    }

    private void awaitApplied(String... ids) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && !appliedIds.containsAll(List.of(ids))) {
            Thread.sleep(20);
        }
        assertThat(appliedIds).containsAll(List.of(ids));
    }

    @Test
    void aChangeCommittedOnTheServerReachesTheConnectedKiosk() throws Exception {
        connectFrom(running.server().services().sync().head());

        catalogue.put(TestCatalogue.welder("pushed", BATANG, TODAY, TODAY.plusDays(9)));

        awaitApplied("pushed");
        assertThat(applied.get()).isEqualTo(running.server().services().sync().head());
    }

    @Test
    void afterTheServerRestartsMidStreamTheKioskResumesWithNothingLostOrDoubled() throws Exception {
        connectFrom(running.server().services().sync().head());
        catalogue.put(TestCatalogue.welder("before", BATANG, TODAY, TODAY.plusDays(9)));
        awaitApplied("before");

        running.stop();
        running.restart();
        catalogue = new TestCatalogue(running.server());
        catalogue.put(TestCatalogue.welder("after-1", BATANG, TODAY, TODAY.plusDays(9)));
        catalogue.put(TestCatalogue.welder("after-2", BATANG, TODAY, TODAY.plusDays(9)));

        awaitApplied("after-1", "after-2");
        assertThat(appliedIds).containsExactly("before", "after-1", "after-2");
    }

    @Test
    void aCursorTheServerNoLongerHasMakesTheKioskTakeASnapshot() throws Exception {
        connectFrom(new SyncCursor("an-old-epoch", 7));

        String reason = resets.poll(15, TimeUnit.SECONDS);

        assertThat(reason).contains("snapshot");
    }
}
