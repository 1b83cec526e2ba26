package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.testing.TestSync;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk's sync against the real server: enrolment, snapshot, push, catch-up and the 409 path. */
class KioskSyncTest {
    private static final Clock CLOCK = Clock.system(SyncServer.ZONE);
    private static final String CENTRE = "blkk-batang-1";

    @TempDir
    Path folder;

    private TestServer server;
    private KioskStore store;
    private KioskSync sync;
    private volatile int outbox = 2;

    @BeforeEach
    void startServerAndKioskStore() {
        server = TestServer.start(folder.resolve("server"));
        store = KioskStore.open(folder.resolve("kiosk/kiosk.db"));
    }

    @AfterEach
    void stopEverything() {
        if (sync != null) {
            sync.close();
        }
        server.close();
    }

    private KioskSync startSync(String enrolmentCode) {
        sync = TestSync.start(store, server, CLOCK, enrolmentCode, () -> outbox);
        return sync;
    }

    private SyncCursor serverHead() {
        return server.running().server().services().sync().head();
    }

    @Test
    void aNewKioskEnrolsTakesItsScopedSnapshotAndFollowsTheServer() throws Exception {
        startSync(server.enrolmentCode(CENTRE));
        waitUntil(() -> store.cursor().isPresent());

        List<String> scope = server.referenceData().centre(CENTRE).orElseThrow().scopeRegionIds();
        assertThat(store.liveVacancies(LocalDate.now(CLOCK))).isNotEmpty()
                .allSatisfy(v -> assertThat(scope).contains(v.regionId()));

        Vacancy changed = retitled(batangVacancy(), "Welder Kapal (judul baru)");
        server.running().put("/api/v1/admin/vacancies/" + changed.id(), changed);

        waitUntil(() -> store.vacancy(changed.id()).map(Vacancy::title).orElse("").equals("Welder Kapal (judul baru)"));
        waitUntil(() -> store.cursor().orElseThrow().equals(serverHead()));
    }

    @Test
    void syncNowFromTheServerMakesTheKioskCatchUpAndReportAtOnce() throws Exception {
        long started = System.nanoTime();
        startSync(server.enrolmentCode(CENTRE));
        waitUntil(() -> store.cursor().isPresent() && server.running().server().changeStream().subscriberCount() == 1);
        long applied = sync.catalogVersionProperty().get();
        // Past the kiosk's first scheduled heartbeat (5 s after start): the next is a minute away.
        Thread.sleep(Math.max(0, TimeUnit.SECONDS.toMillis(6) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        outbox = 7;
        String kioskId = store.identity().enrolment().orElseThrow().kioskId();

        // What the fleet page's button does, after its checks and audit entry (FleetSyncNowTest).
        assertThat(server.running().server().changeStream().requestSync(kioskId, "staf.batang")).isEqualTo(1);

        waitUntil(() -> sync.catalogVersionProperty().get() > applied);
        waitUntil(() -> Integer.valueOf(7).equals(server.running().server().services().kiosks().health(kioskId).outboxLength()));
    }

    @Test
    void aKioskOfflineDuringThousandsOfChangesCatchesUpOnReconnect() throws Exception {
        startSync(server.enrolmentCode(CENTRE));
        waitUntil(() -> store.cursor().isPresent());
        sync.close();

        Vacancy template = batangVacancy();
        var services = server.running().server().services();
        services.database().transact(c -> {
            for (int i = 0; i < 2_500; i++) {
                services.vacancyStore().upsert(c, withId(template, "offline-" + i));
            }
        });

        startSync(null);

        waitUntil(() -> store.cursor().orElseThrow().equals(serverHead()));
        assertThat(store.vacancy("offline-0")).isPresent();
        assertThat(store.vacancy("offline-2499")).isPresent();
    }

    @Test
    void aCursorTheServerNoLongerKnowsEndsInAFreshSnapshotAndTheKioskCarriesOn() throws Exception {
        startSync(server.enrolmentCode(CENTRE));
        waitUntil(() -> store.cursor().isPresent());
        sync.close();
        store.applyBatch(new ChangeBatch(new SyncCursor("an-epoch-from-a-restored-backup", 3), List.of(), false),
                CLOCK.instant());

        startSync(null);

        waitUntil(() -> store.cursor().orElseThrow().equals(serverHead()));
        Vacancy changed = retitled(batangVacancy(), "Operator CNC (setelah snapshot)");
        server.running().put("/api/v1/admin/vacancies/" + changed.id(), changed);
        waitUntil(() -> store.vacancy(changed.id()).map(Vacancy::title).orElse("").equals(changed.title()));
    }

    @Test
    void theServerSeesTheKiosksHeartbeatWithItsCursorAndOutbox() throws Exception {
        startSync(server.enrolmentCode(CENTRE));
        waitUntil(() -> store.cursor().isPresent());
        String kioskId = store.identity().enrolment().orElseThrow().kioskId();

        var kiosks = server.running().server().services().kiosks();
        waitUntil(() -> "test".equals(kiosks.health(kioskId).appVersion()));

        var health = kiosks.health(kioskId);
        assertThat(health.outboxLength()).isEqualTo(2);
        assertThat(health.printerState()).isEqualTo("READY");
        assertThat(health.lastSeenAt()).isNotNull();
    }

    @Test
    void aKioskWithoutEnrolmentOrCodeAsksForEnrolmentAndSyncsOnceStaffEnrolIt() throws Exception {
        startSync(null);
        waitUntil(() -> sync.enrolmentNeededProperty().get());

        sync.enrol(server.enrolmentCode(CENTRE));

        waitUntil(() -> store.cursor().isPresent());
        assertThat(sync.enrolmentNeededProperty().get()).isFalse();
    }

    private Vacancy batangVacancy() {
        return server.vacanciesSeenBy(CENTRE).stream().filter(v -> v.regionId().equals("33.25")).findFirst().orElseThrow();
    }

    private static Vacancy retitled(Vacancy v, String title) {
        return new Vacancy(v.id(), title, v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }

    private static Vacancy withId(Vacancy v, String id) {
        return new Vacancy(id, v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
