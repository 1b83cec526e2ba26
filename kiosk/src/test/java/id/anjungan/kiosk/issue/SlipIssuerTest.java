package id.anjungan.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.printer.FakeEscPosPrinter;
import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.SlipPrinters;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrReading;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.testing.EnrolledKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.intake.VerificationAnswer;
import id.anjungan.server.intake.VerificationRequest;
import id.anjungan.server.testing.RunningServer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing slips on a kiosk enrolled with the real sync server, printing to files and to a fake thermal printer. */
class SlipIssuerTest {
    private static final Clock CLOCK = Clock.system(SlipIssuer.ZONE);

    @TempDir
    Path folder;

    private TestServer server;
    private EnrolledKiosk kiosk;

    @BeforeEach
    void enrolAKioskWithTheServer() {
        server = TestServer.start(folder.resolve("server"));
        kiosk = EnrolledKiosk.of(server, folder.resolve("kiosk"), CLOCK);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SlipIssuer issuer(id.anjungan.kiosk.printer.SlipPrinter printer) {
        return new SlipIssuer(kiosk.store(), printer, kiosk::keys, () -> EnrolledKiosk.CENTRE, CLOCK, new SecureRandom(),
                () -> { });
    }

    private VerificationAnswer verify(String scanned, String employerId) {
        var response = server.running().post("/api/v1/intake/verify", server.running().adminToken(),
                new VerificationRequest(scanned, employerId, "Pos Satpam Gerbang 3"));
        assertThat(response.statusCode()).isEqualTo(200);
        return RunningServer.read(response.body(), VerificationAnswer.class);
    }

    @Test
    void aTestPrintIsMarkedSignedWithAThrowawayKeyAndKeptOutOfTheOutbox() throws Exception {
        SlipIssuer issuer = issuer(SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_80)));

        id.anjungan.kiosk.printer.PrintResult result = issuer.testPrint();

        assertThat(result.printed()).isTrue();
        assertThat(kiosk.store().outbox().recent(10)).isEmpty();
        Path png = result.files().stream().filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
        String scanned = QrReading.text(ImageIO.read(png.toFile()));
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        assertThat(verify(scanned, vacancy.employerId()).outcome()).isNotEqualTo("VALID");
    }

    @Test
    void theQrOfAPrintedSlipReadBackFromItsPictureIsValidAtTheVacancysEmployer() throws Exception {
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        SlipIssuer issuer = issuer(SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_80)));

        IssueOutcome outcome = issuer.issue(vacancy.id(), Optional.of(new Applicant("Siti Aminah", "0812-3456-7890")));

        assertThat(outcome.kind()).isEqualTo(IssueOutcome.Kind.PRINTED);
        Path png = outcome.picture().orElseThrow();
        assertThat(png).exists().hasFileName("slip-" + outcome.shortCode().orElseThrow() + ".png");
        BufferedImage picture = ImageIO.read(png.toFile());
        String scanned = QrReading.text(picture);
        IssuedSlip slip = outcome.slip().orElseThrow();
        assertThat(scanned).isEqualTo(slip.qrText()).startsWith("ABK1:");
        assertThat(scanned).doesNotContain("SITI").doesNotContain("0812");

        VerificationAnswer answer = verify(scanned, vacancy.employerId());

        assertThat(answer.outcome()).isEqualTo("VALID");
        assertThat(answer.slip().vacancyId()).isEqualTo(vacancy.id());
        assertThat(answer.slip().kioskId()).isEqualTo(kiosk.kioskId());
        assertThat(answer.slip().slipId()).isEqualTo(slip.slipId());
        assertThat(verify(scanned, vacancy.employerId()).outcome()).isEqualTo("ALREADY_PRESENTED");

        SlipToken token = SlipTokenCodec.decode(SlipTokenCodec.fromText(scanned));
        assertThat(token.expiresAt()).isEqualTo(SlipIssuer.expiry(token.issuedAt(), vacancy.validThrough()));
        assertThat(slip.applicantName()).isEqualTo("Siti Aminah");
        OutboxStore.Entry entry = kiosk.store().outbox().find(slip.slipId()).orElseThrow();
        assertThat(entry.printed()).isTrue();
        assertThat(entry.uploaded()).isFalse();
        assertThat(kiosk.store().outbox().pending(10)).containsExactly(slip);
    }

    @Test
    void aSlipForAnotherEmployerIsRefusedAtTheirGate() throws Exception {
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        String otherEmployer = kiosk.liveVacancies(CLOCK).stream().map(Vacancy::employerId)
                .filter(id -> !id.equals(vacancy.employerId())).findFirst().orElseThrow();
        IssueOutcome outcome = issuer(SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_58)))
                .issue(vacancy.id(), Optional.empty());
        String scanned = QrReading.text(ImageIO.read(outcome.picture().orElseThrow().toFile()));

        assertThat(verify(scanned, otherEmployer).outcome()).isEqualTo("WRONG_EMPLOYER");
        assertThat(outcome.slip().orElseThrow().applicantName()).isNull();
    }

    @Test
    void aThermalPrinterOutOfPaperPrintsNothingAndTheSlipWaitsInTheOutboxForAReprint() throws Exception {
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        try (FakeEscPosPrinter printer = FakeEscPosPrinter.start(FakeEscPosPrinter.Replies.PAPER_OUT)) {
            SlipIssuer issuer = issuer(SlipPrinters.create(
                    PrinterConfig.escPosTcp(printer.host(), printer.port(), PaperWidth.MM_80, false)));

            IssueOutcome outcome = issuer.issue(vacancy.id(), Optional.of(new Applicant(null, "0813-9876-5432")));

            assertThat(outcome.kind()).isEqualTo(IssueOutcome.Kind.NOT_PRINTED);
            assertThat(outcome.printerState()).isEqualTo(PrinterState.OUT_OF_PAPER);
            assertThat(outcome.picture()).isEmpty();
            assertThat(printer.nextJob(Duration.ofMillis(300))).isNull();
            IssuedSlip slip = outcome.slip().orElseThrow();
            assertThat(kiosk.store().outbox().pending(10)).containsExactly(slip);
            assertThat(kiosk.store().outbox().find(slip.slipId()).orElseThrow().printed()).isFalse();
            assertThat(issuer.printerState()).isEqualTo(PrinterState.OUT_OF_PAPER);

            printer.answer(FakeEscPosPrinter.Replies.READY);
            IssueOutcome reprint = issuer.reprint(slip.slipId()).orElseThrow();

            assertThat(reprint.kind()).isEqualTo(IssueOutcome.Kind.PRINTED);
            assertThat(reprint.slip()).contains(slip);
            assertThat(printer.nextJob(Duration.ofSeconds(5))).isNotNull();
            assertThat(kiosk.store().outbox().find(slip.slipId()).orElseThrow().printed()).isTrue();
            assertThat(kiosk.store().outbox().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void aClosedOrUnknownVacancyGetsNoSlip() {
        Vacancy expired = server.vacanciesSeenBy(EnrolledKiosk.CENTRE).stream()
                .filter(v -> v.validThrough().isBefore(LocalDate.now(CLOCK)))
                .findFirst().orElseThrow();
        SlipIssuer issuer = issuer(SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_80)));

        assertThat(issuer.issue(expired.id(), Optional.empty()).kind()).isEqualTo(IssueOutcome.Kind.VACANCY_CLOSED);
        assertThat(issuer.issue("no-such-vacancy", Optional.empty()).kind()).isEqualTo(IssueOutcome.Kind.VACANCY_CLOSED);
        assertThat(kiosk.store().outbox().pendingCount()).isZero();
        assertThat(folder.resolve("slips")).satisfiesAnyOf(
                path -> assertThat(path).doesNotExist(),
                path -> assertThat(Files.list(path)).isEmpty());
    }
}
