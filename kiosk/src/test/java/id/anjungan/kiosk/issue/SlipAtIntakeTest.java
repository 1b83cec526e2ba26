package id.anjungan.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.SlipPrinters;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.testing.EnrolledKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.Role;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.testing.Chromium;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * End to end: a slip issued on a kiosk enrolled with the real server and printed by the kiosk's own
 * code (the file printer's PNG, the 58 mm layout) is uploaded as a photo at the employer's intake
 * page in Chromium, read by the server, found genuine, and recorded as hired.
 */
class SlipAtIntakeTest {
    private static final Clock CLOCK = Clock.system(SlipIssuer.ZONE);

    @TempDir
    Path folder;

    private TestServer server;
    private EnrolledKiosk kiosk;

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void enrolAKioskWithTheServer() {
        server = TestServer.start(folder.resolve("server"));
        kiosk = EnrolledKiosk.of(server, folder.resolve("kiosk"), CLOCK);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aSlipPrintedByTheKioskIsPhotographedAtIntakeFoundGenuineAndRecordedAsHired() throws Exception {
        Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
        String password = server.running().server().console().accounts().create(Actor.system(),
                new AccountService.NewAccount("hrd.uji", "HRD Uji", Role.EMPLOYER, null, vacancy.employerId())).password();
        SlipIssuer issuer = new SlipIssuer(kiosk.store(),
                SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_58)), kiosk::keys,
                () -> EnrolledKiosk.CENTRE, CLOCK, new SecureRandom(), () -> { });
        IssueOutcome printed = issuer.issue(vacancy.id(), Optional.of(new Applicant("Siti Aminah", "0812-3456-7890")));
        assertThat(printed.kind()).isEqualTo(IssueOutcome.Kind.PRINTED);
        IssuedSlip slip = printed.slip().orElseThrow();
        Path picture = printed.picture().orElseThrow();
        OutboxUploader.Report upload = new OutboxUploader(kiosk.store().outbox(), () -> Optional.of(kiosk.token()),
                kiosk.api()::uploadOutbox, CLOCK, OutboxUploader.BATCH_SIZE).uploadNow();
        assertThat(upload.uploaded()).isEqualTo(1);

        try (Chromium browser = new Chromium(390, 844)) {
            String base = server.baseUri().toString().replaceAll("/$", "");
            browser.signInToConsole(base, "hrd.uji", password);
            browser.open(base + "/console/intake");

            browser.find("#photo").sendKeys(picture.toAbsolutePath().toString());

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertThat(browser.find("#verdict").getAttribute("data-outcome")).isEqualTo("VALID");
            assertThat(browser.find("#verdict .verdict-word").getText()).isEqualTo("SLIP ASLI");
            assertThat(browser.find("#verdict .vacancy").getText()).isEqualTo(vacancy.title());
            assertThat(browser.find("#verdict .applicant").getText()).contains("Siti Aminah");
            assertThat(browser.find("#verdict").getText()).contains(printed.shortCode().orElseThrow());

            browser.find("#verdict button.outcome-HIRED").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict .outcome-saved")));

            browser.open(base + "/console/referrals");
            assertThat(browser.find("tr[data-slip='" + slip.slipId() + "'] .outcome-now").getText())
                    .contains("Diterima kerja");
        }
    }
}
