package id.anjungan.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.printer.PrintResult;
import id.anjungan.kiosk.printer.SlipPrinter;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.sync.KioskApiClient;
import id.anjungan.kiosk.sync.ServerUnreachableException;
import id.anjungan.kiosk.testing.EnrolledKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.vacancy.Vacancy;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Uploading the outbox to the real sync server: once per slip, in batches, and nothing lost while offline. */
class OutboxUploaderTest {
    private static final Clock CLOCK = Clock.system(SlipIssuer.ZONE);

    @TempDir
    Path folder;

    private TestServer server;
    private EnrolledKiosk kiosk;
    private OutboxStore outbox;
    private SlipIssuer issuer;

    /** A printer that prints everything at once. */
    private static final SlipPrinter INSTANT_PRINTER = new SlipPrinter() {
        @Override
        public PrintResult print(SlipContent slip) {
            return PrintResult.printed(PrinterState.READY, "the test printer");
        }

        @Override
        public PrinterState status() {
            return PrinterState.READY;
        }
    };

    @BeforeEach
    void enrolAKioskAndIssueNothingYet() {
        server = TestServer.start(folder.resolve("server"));
        kiosk = EnrolledKiosk.of(server, folder.resolve("kiosk"), CLOCK);
        outbox = kiosk.store().outbox();
        issuer = new SlipIssuer(kiosk.store(), INSTANT_PRINTER, kiosk::keys, () -> EnrolledKiosk.CENTRE, CLOCK,
                new SecureRandom(), () -> { });
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private List<IssuedSlip> issue(int count) {
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        List<IssuedSlip> slips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Applicant> applicant = i % 2 == 0 ? Optional.of(new Applicant("Pelamar " + i, "0812-0000-00" + (i % 10) + "0"))
                    : Optional.empty();
            slips.add(issuer.issue(vacancy.id(), applicant).slip().orElseThrow());
        }
        return slips;
    }

    private OutboxUploader uploader(OutboxUploader.OutboxApi api) {
        return new OutboxUploader(outbox, () -> Optional.of(kiosk.token()), api, CLOCK, OutboxUploader.BATCH_SIZE);
    }

    private int slipsOnServer(String kioskId) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + server.running().database());
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM referral_slip WHERE kiosk_id = ?")) {
            query.setString(1, kioskId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void slipsWhoseAcknowledgementWasLostAreSentAgainAndStoredOnce() throws Exception {
        List<IssuedSlip> slips = issue(3);
        KioskApiClient api = kiosk.api();
        boolean[] answerLost = {true};
        OutboxUploader uploader = uploader((token, upload) -> {
            var receipt = api.uploadOutbox(token, upload);
            if (answerLost[0]) {
                answerLost[0] = false;
                throw new ServerUnreachableException("connection reset before the answer arrived", null);
            }
            return receipt;
        });

        OutboxUploader.Report lost = uploader.uploadNow();

        assertThat(lost.complete()).isFalse();
        assertThat(lost.pending()).isEqualTo(3);
        assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(3);

        OutboxUploader.Report again = uploader.uploadNow();

        assertThat(again.complete()).isTrue();
        assertThat(again.uploaded()).isEqualTo(3);
        assertThat(again.pending()).isZero();
        assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(3);
        assertThat(outbox.recent(10)).allMatch(OutboxStore.Entry::uploaded);
        assertThat(uploader.uploadNow().uploaded()).isZero();
        assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(3);
        assertThat(slips).hasSize(3);
    }

    @Test
    void manySlipsGoInBatchesOfAHundred() throws Exception {
        issue(230);
        KioskApiClient api = kiosk.api();
        List<Integer> batches = new CopyOnWriteArrayList<>();
        OutboxUploader uploader = uploader((token, upload) -> {
            batches.add(upload.slips().size());
            return api.uploadOutbox(token, upload);
        });

        OutboxUploader.Report report = uploader.uploadNow();

        assertThat(batches).containsExactly(100, 100, 30);
        assertThat(report.uploaded()).isEqualTo(230);
        assertThat(outbox.pendingCount()).isZero();
        assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(230);
    }

    @Test
    void offlineTheSlipsStayPendingAndGoWhenTheServerIsBack() throws Exception {
        issue(2);
        KioskApiClient nowhere = new KioskApiClient(TestServer.unreachableAddress(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());

        OutboxUploader.Report offline = uploader(nowhere::uploadOutbox).uploadNow();

        assertThat(offline.complete()).isFalse();
        assertThat(offline.uploaded()).isZero();
        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(slipsOnServer(kiosk.kioskId())).isZero();

        assertThat(uploader(kiosk.api()::uploadOutbox).uploadNow().uploaded()).isEqualTo(2);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aSlipStuckOnTheKioskForSixMonthsLosesItsNameAndPhoneThereTooAndIsStillSent() throws Exception {
        IssuedSlip old = issue(1).get(0);
        assertThat(old.applicantName()).isNotNull();
        Clock sixMonthsOn = Clock.offset(CLOCK, IssuedSlip.APPLICANT_KEPT_FOR.plusHours(1));
        IssuedSlip recent = new IssuedSlip("recent-" + old.slipId(), old.vacancyId(), old.employerId(),
                sixMonthsOn.instant(), old.expiresAt(), old.qrText(), "Dewi Lestari", "0813-1111-2222");
        outbox.add(recent);
        assertThat(storeFilesAsText()).as("the name is in the store's files before").contains(old.applicantName());
        KioskApiClient nowhere = new KioskApiClient(TestServer.unreachableAddress(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());

        OutboxUploader.Report offline = new OutboxUploader(outbox, () -> Optional.of(kiosk.token()),
                nowhere::uploadOutbox, sixMonthsOn, OutboxUploader.BATCH_SIZE).uploadNow();

        assertThat(offline.complete()).isFalse();
        assertThat(outbox.pendingCount()).isEqualTo(2);
        IssuedSlip kept = outbox.find(old.slipId()).orElseThrow().slip();
        assertThat(kept.applicantName()).isNull();
        assertThat(kept.applicantPhone()).isNull();
        assertThat(kept.qrText()).isEqualTo(old.qrText());
        assertThat(outbox.find(recent.slipId()).orElseThrow().slip().applicantName()).isEqualTo("Dewi Lestari");
        String files = storeFilesAsText();
        assertThat(files).doesNotContain(old.applicantName()).doesNotContain(old.applicantPhone())
                .contains("Dewi Lestari");

        assertThat(uploader(kiosk.api()::uploadOutbox).uploadNow().uploaded()).isGreaterThanOrEqualTo(1);
        assertThat(outbox.find(old.slipId()).orElseThrow().uploaded()).isTrue();
    }

    /** The kiosk store's database file and write-ahead log, byte for byte, read as Latin-1 text. */
    private String storeFilesAsText() throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (var files = java.nio.file.Files.list(folder.resolve("kiosk"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("kiosk.db")).toList()) {
                text.append(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    @Test
    void beforeEnrolmentNothingIsSent() {
        issue(1);
        List<OutboxUpload> sent = new ArrayList<>();
        OutboxUploader uploader = new OutboxUploader(outbox, Optional::empty, (token, upload) -> {
            sent.add(upload);
            throw new AssertionError("nothing may be sent without a token");
        }, CLOCK, 100);

        OutboxUploader.Report report = uploader.uploadNow();

        assertThat(report.complete()).isFalse();
        assertThat(report.pending()).isEqualTo(1);
        assertThat(sent).isEmpty();
    }

    @Test
    void aSlipTheServerRefusesDoesNotHoldBackTheOthers() throws Exception {
        List<IssuedSlip> slips = issue(3);
        EnrolmentResponse otherKiosk = server.running().enrolKiosk(EnrolledKiosk.CENTRE);
        IssuedSlip taken = slips.get(1);
        assertThat(server.running().post("/api/v1/kiosks/outbox", otherKiosk.token(),
                new OutboxUpload(List.of(taken))).statusCode()).isEqualTo(200);

        OutboxUploader.Report report = uploader(kiosk.api()::uploadOutbox).uploadNow();

        assertThat(report.uploaded()).isEqualTo(2);
        assertThat(report.complete()).isFalse();
        assertThat(outbox.pending(10)).containsExactly(taken);
        assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(2);
    }

    @Test
    void anIssueAsksTheBackgroundUploaderToSendItSoon() throws Exception {
        try (SlipDesk desk = SlipDesk.create(INSTANT_PRINTER, kiosk.store(), kiosk.api()::uploadOutbox,
                EnrolledKiosk.CENTRE, CLOCK)) {
            Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);

            IssueOutcome outcome = desk.issuer().issue(vacancy.id(), Optional.empty());

            assertThat(outcome.printed()).isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.outboxLength() == 0);
            assertThat(slipsOnServer(kiosk.kioskId())).isEqualTo(1);
            assertThat(desk.printerState()).isEqualTo(PrinterState.READY);
        }
    }
}
