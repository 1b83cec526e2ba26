package id.anjungan.server.kiosk;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxReceipt;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.testing.ProtocolJsonTrees;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    private RunningServer running;
    private TestCatalogue catalogue;

    @BeforeEach
    void startAServerWithTwoRegions() {
        running = RunningServer.empty(folder, CLOCK);
        catalogue = new TestCatalogue(running.server()).seedReference();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aKioskEnrolsOnceWithACodeAndTheServerKeepsOnlyAHashOfItsToken() throws Exception {
        String code = ProtocolJsonTrees.field(running.post("/api/v1/admin/enrolment-codes", running.adminToken(),
                Map.of("centreId", BATANG_CENTRE)).body(), "code");

        var first = running.post("/api/v1/kiosks/enrol", null, new EnrolmentRequest(code, RunningServer.newPublicKey(), "1.0"));
        var again = running.post("/api/v1/kiosks/enrol", null, new EnrolmentRequest(code, RunningServer.newPublicKey(), "1.0"));

        assertThat(first.statusCode()).isEqualTo(201);
        EnrolmentResponse enrolled = RunningServer.read(first.body(), EnrolmentResponse.class);
        assertThat(enrolled.centreId()).isEqualTo(BATANG_CENTRE);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("already used");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + running.database());
             ResultSet rows = db.createStatement().executeQuery("SELECT token_hash FROM kiosk")) {
            rows.next();
            assertThat(rows.getString(1)).hasSize(64).isNotEqualTo(enrolled.token());
        }
    }

    @Test
    void enrolmentCodesAreCreatedOnlyWithTheAdministratorToken() {
        var response = running.post("/api/v1/admin/enrolment-codes", "guessed", Map.of("centreId", BATANG_CENTRE));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRefusedAndARevokedKioskIsRefusedWithTheReason() {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);

        assertThat(running.get("/api/v1/sync/snapshot", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(running.get("/api/v1/sync/snapshot", kiosk.token()).statusCode()).isEqualTo(200);

        running.post("/api/v1/admin/kiosks/" + kiosk.kioskId() + "/revoke", running.adminToken(), "");
        var refused = running.get("/api/v1/sync/snapshot", kiosk.token());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("revoked");
    }

    @Test
    void aKioskSnapshotAndChangesHoldOnlyItsCentresRegions() {
        catalogue.put(TestCatalogue.welder("near", BATANG, TODAY, TODAY.plusDays(10)));
        catalogue.put(TestCatalogue.welder("far", TANGERANG, TODAY, TODAY.plusDays(10)));
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);

        Snapshot snapshot = RunningServer.read(running.get("/api/v1/sync/snapshot", kiosk.token()).body(), Snapshot.class);
        ChangeBatch changes = RunningServer.read(running.get("/api/v1/sync/changes?epoch=" + snapshot.cursor().epoch()
                + "&since=0", kiosk.token()).body(), ChangeBatch.class);

        assertThat(snapshot.vacancies()).extracting(Vacancy::id).containsExactly("near");
        assertThat(changes.changes()).noneMatch(c -> c.id().equals("far"));
        assertThat(changes.changes()).anyMatch(c -> c.id().equals("near"));
    }

    @Test
    void aCursorFromAnotherEpochGets409WithTheReason() {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);

        var response = running.get("/api/v1/sync/changes?epoch=old-epoch&since=3", kiosk.token());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(ProtocolJsonTrees.field(response.body(), "error")).isEqualTo("cursor_gone");
        assertThat(ProtocolJsonTrees.field(response.body(), "message")).contains("snapshot");
    }

    @Test
    void aKioskCallIsRememberedAsLastSeenWithoutAWriteUntilSomethingReadsIt() {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);

        assertThat(running.get("/api/v1/sync/snapshot", kiosk.token()).statusCode()).isEqualTo(200);

        assertThat(storedLastSeen(kiosk.kioskId())).isNull();
        assertThat(running.server().services().kiosks().health(kiosk.kioskId()).lastSeenAt()).isEqualTo(CLOCK.instant());
        assertThat(storedLastSeen(kiosk.kioskId())).isEqualTo(CLOCK.instant().toString());
    }

    private String storedLastSeen(String kioskId) {
        return running.server().services().database().read(c -> {
            try (var s = c.prepareStatement("SELECT last_seen_at FROM kiosk WHERE id = ?")) {
                s.setString(1, kioskId);
                try (var rows = s.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    @Test
    void aHeartbeatIsRecordedWithTheServersOwnTimeAsLastSeen() {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);
        Instant kioskClock = Instant.parse("2026-11-27T02:58:00Z");

        var response = running.post("/api/v1/kiosks/heartbeat", kiosk.token(),
                new Heartbeat("0.1.0", new SyncCursor("e", 12), 3, PrinterState.PAPER_LOW, kioskClock));

        assertThat(response.statusCode()).isEqualTo(204);
        KioskHealth health = running.server().services().kiosks().health(kiosk.kioskId());
        assertThat(health.lastSeenAt()).isEqualTo(CLOCK.instant());
        assertThat(health.kioskClock()).isEqualTo(kioskClock);
        assertThat(health.outboxLength()).isEqualTo(3);
        assertThat(health.printerState()).isEqualTo("PAPER_LOW");
        assertThat(health.cursorSeq()).isEqualTo(12L);
    }

    @Test
    void aDuplicatedOutboxUploadIsStoredOnceAndAcknowledgedBothTimes() throws Exception {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);
        IssuedSlip slip = new IssuedSlip("slip-0001", "near", TestCatalogue.BATANG_EMPLOYER, CLOCK.instant(),
                CLOCK.instant().plusSeconds(14 * 86400), "ABK1:XYZ", "Siti Aminah", "081234567890");

        var first = running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(List.of(slip)));
        var second = running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(List.of(slip)));

        assertThat(RunningServer.read(first.body(), OutboxReceipt.class).storedSlipIds()).containsExactly("slip-0001");
        assertThat(RunningServer.read(second.body(), OutboxReceipt.class).storedSlipIds()).containsExactly("slip-0001");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + running.database());
             ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM referral_slip")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aMalformedBodyIsRefusedWithAReasonAndNothingIsStored() {
        EnrolmentResponse kiosk = running.enrolKiosk(BATANG_CENTRE);

        var response = running.post("/api/v1/kiosks/outbox", kiosk.token(), "{\"slips\": [{\"slipId\": \"x\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProtocolJsonTrees.field(response.body(), "message")).contains("vacancyId");
    }
}
