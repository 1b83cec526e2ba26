package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.kiosk.issue.SlipIssuer;
import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.SlipPrinters;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.testing.TestSync;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import id.anjungan.server.intake.VerificationAnswer;
import id.anjungan.server.intake.VerificationRequest;
import id.anjungan.server.testing.RunningServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A kiosk staff revoke on the server, then enrol again with a new code: real server, real store, real stream. */
class RevokedKioskTest {
    private static final Clock CLOCK = Clock.system(SyncServer.ZONE);
    private static final String CENTRE = "blkk-batang-1";

    @TempDir
    Path folder;

    private TestServer server;
    private KioskStore store;
    private KioskSync sync;

    @BeforeEach
    void startServerAndAnEnrolledKiosk() throws TimeoutException {
        server = TestServer.start(folder.resolve("server"));
        store = KioskStore.open(folder.resolve("kiosk/kiosk.db"));
        sync = TestSync.start(store, server, CLOCK, server.enrolmentCode(CENTRE), () -> 0);
        waitUntil(() -> store.cursor().isPresent() && server.running().server().changeStream().subscriberCount() == 1);
    }

    @AfterEach
    void stopEverything() {
        sync.close();
        server.close();
    }

    @Test
    void aRevokedKioskAsksForEnrolmentAndJoinsAgainWithANewKeyWhoseSlipsAreValid() throws Exception {
        IdentityStore.Enrolment first = store.identity().enrolment().orElseThrow();
        String firstKey = store.identity().keys().orElseThrow().publicKey();
        SlipIssuer issuer = new SlipIssuer(store,
                SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_58)),
                () -> KioskKeysOnDisk.loadOrCreate(store.identity(), CLOCK.instant()),
                () -> store.identity().enrolment().orElseThrow().centreId(), CLOCK, new SecureRandom(), () -> { });
        Vacancy vacancy = store.liveVacancies(LocalDate.now(CLOCK)).get(0);
        String before = issuer.issue(vacancy.id(), Optional.empty()).slip().orElseThrow().qrText();

        server.running().post("/api/v1/admin/kiosks/" + first.kioskId() + "/revoke", server.running().adminToken(), "");

        waitUntil(() -> sync.enrolmentNeededProperty().get());
        sync.enrol(server.enrolmentCode(CENTRE));

        IdentityStore.Enrolment again = store.identity().enrolment().orElseThrow();
        assertThat(again.kioskId()).isNotEqualTo(first.kioskId());
        assertThat(store.identity().keys().orElseThrow().publicKey()).isNotEqualTo(firstKey);
        waitUntil(() -> store.cursor().isPresent() && server.running().server().changeStream().subscriberCount() == 1);
        assertThat(sync.enrolmentNeededProperty().get()).isFalse();

        String after = issuer.issue(vacancy.id(), Optional.empty()).slip().orElseThrow().qrText();
        VerificationAnswer afterAnswer = verify(after, vacancy.employerId());
        assertThat(afterAnswer.outcome()).isEqualTo("VALID");
        assertThat(afterAnswer.slip().kioskId()).isEqualTo(again.kioskId());
        assertThat(verify(before, vacancy.employerId()).outcome()).isEqualTo("REVOKED_KIOSK");
    }

    @Test
    void enrollingARevokedKioskWithAWrongCodeKeepsItsStoreAndAsksAgain() throws Exception {
        IdentityStore.Enrolment first = store.identity().enrolment().orElseThrow();
        String firstKey = store.identity().keys().orElseThrow().publicKey();
        int vacancies = store.liveVacancies(LocalDate.now(CLOCK)).size();
        server.running().post("/api/v1/admin/kiosks/" + first.kioskId() + "/revoke", server.running().adminToken(), "");
        waitUntil(() -> sync.enrolmentNeededProperty().get());

        assertThatThrownBy(() -> sync.enrol("WRONG-CODE"))
                .isInstanceOf(RefusedException.class);

        assertThat(store.identity().enrolment()).contains(first);
        assertThat(store.identity().keys().orElseThrow().publicKey()).isEqualTo(firstKey);
        assertThat(store.liveVacancies(LocalDate.now(CLOCK))).hasSize(vacancies);
        assertThat(sync.enrolmentNeededProperty().get()).isTrue();
    }

    private VerificationAnswer verify(String scanned, String employerId) {
        var response = server.running().post("/api/v1/intake/verify", server.running().adminToken(),
                new VerificationRequest(scanned, employerId, "Pos Satpam Gerbang 1"));
        assertThat(response.statusCode()).isEqualTo(200);
        return RunningServer.read(response.body(), VerificationAnswer.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
