package id.anjungan.server.console;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the console's screenshots (docs/console/) at desktop and phone width, on the demo data set
 * with a few kiosks reporting. Runs only when asked: docs/console/take.sh.
 */
@EnabledIfSystemProperty(named = "abk.console.screenshots", matches = ".+")
class ConsoleScreenshots {
    static final List<int[]> SIZES = List.of(new int[] {1366, 900}, new int[] {390, 844});

    /** Where take.sh wants the pictures, made if missing; skips the test without Chromium. */
    static Path outputFolder() throws IOException {
        Browser.assumeInstalled();
        Path out = Path.of(System.getProperty("abk.console.screenshots"));
        Files.createDirectories(out);
        return out;
    }

    @TempDir
    Path folder;

    @Test
    void everyPageAtDesktopAndPhoneWidth() throws IOException {
        Path out = outputFolder();
        TestClock clock = new TestClock(Instant.parse("2026-11-27T03:00:00Z"));
        try (RunningServer running = RunningServer.withDemoData(folder, clock)) {
            Map<String, String> passwords = demoPasswords(folder);
            fleet(running, clock);
            running.server().console().vacancies().close(adminPrincipal(running), "demo-0002");
            for (int[] size : SIZES) {
                String suffix = "-" + size[0] + "x" + size[1] + ".png";
                try (Browser browser = new Browser(size[0], size[1])) {
                    String base = running.uri("/").toString().replaceAll("/$", "");
                    browser.open(base + "/console/login");
                    shoot(browser, out.resolve("login" + suffix));
                    signIn(browser, base, "staf.batang", passwords);
                    shoot(browser, out.resolve("vacancies" + suffix));
                    browser.open(base + "/console/vacancies/demo-0001");
                    shoot(browser, out.resolve("vacancy-edit" + suffix), true);
                    browser.open(base + "/console/vacancies/new");
                    browser.find("#openings").clear();
                    browser.find("#openings").sendKeys("0");
                    browser.find("form.vacancy-form button.primary").click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
                    shoot(browser, out.resolve("vacancy-new-errors" + suffix), true);
                    browser.open(base + "/console/kiosks");
                    browser.find("form[action='/console/kiosks/codes'] button").click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-code")));
                    shoot(browser, out.resolve("kiosks" + suffix), true);
                    browser.driver().executeScript("var f = document.createElement('form'); f.method = 'post';"
                            + " f.action = '/console/vacancies/demo-0001/close'; document.body.appendChild(f); f.submit();");
                    browser.waiting().until(ExpectedConditions.titleContains("Formulir ditolak"));
                    shoot(browser, out.resolve("error-csrf" + suffix));
                    signOut(browser, base);
                    signIn(browser, base, "sepatu.nusantara", passwords);
                    browser.open(base + "/console/referrals");
                    shoot(browser, out.resolve("referrals-employer" + suffix), true);
                    signOut(browser, base);
                    signIn(browser, base, "admin", passwords);
                    browser.open(base + "/console/accounts");
                    shoot(browser, out.resolve("accounts" + suffix), true);
                    browser.open(base + "/console/audit");
                    shoot(browser, out.resolve("audit" + suffix));
                    signOut(browser, base);
                    browser.open(base + "/v/demo-0001");
                    shoot(browser, out.resolve("public-vacancy" + suffix), true);
                    browser.open(base + "/v/demo-0002");
                    shoot(browser, out.resolve("public-vacancy-closed" + suffix), true);
                }
            }
        }
    }

    /**
     * The intake page of the demo employer: empty, a genuine slip, the outcome recorded with one tap,
     * the same slip shown again (refused as reused), a forged slip; then the referrals with outcomes.
     */
    @Test
    void intakeAtDesktopAndPhoneWidth() throws IOException {
        Path out = outputFolder();
        TestClock clock = new TestClock(Instant.parse("2026-11-27T03:00:00Z"));
        try (RunningServer running = RunningServer.withDemoData(folder, clock)) {
            Map<String, String> passwords = demoPasswords(folder);
            SignedSlips kiosk = new SignedSlips(running, "blkk-batang-1");
            for (int[] size : SIZES) {
                String suffix = "-" + size[0] + "x" + size[1] + ".png";
                String slip = kiosk.issue("demo-0001", "emp-sepatu-nusantara", clock.instant().minusSeconds(5400),
                        "Siti Aminah", "081234567890");
                kiosk.issue("demo-0001", "emp-sepatu-nusantara", clock.instant().minusSeconds(3600), "Budi Santoso", null);
                try (Browser browser = new Browser(size[0], size[1])) {
                    String base = running.uri("/").toString().replaceAll("/$", "");
                    browser.signInToConsole(base, "sepatu.nusantara", passwords.get("sepatu.nusantara"));
                    browser.open(base + "/console/intake");
                    shoot(browser, out.resolve("intake-empty" + suffix), true);
                    scan(browser, slip, "VALID");
                    shoot(browser, out.resolve("intake-genuine" + suffix), true);
                    browser.find("#verdict button.outcome-HIRED").click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict .outcome-saved")));
                    shoot(browser, out.resolve("intake-outcome-recorded" + suffix), true);
                    clock.advance(Duration.ofMinutes(25));
                    browser.open(base + "/console/intake");
                    scan(browser, slip, "ALREADY_PRESENTED");
                    shoot(browser, out.resolve("intake-refused-reused" + suffix), true);
                    scan(browser, SignedSlips.forged("demo-0001", "emp-sepatu-nusantara", clock.instant()), "UNKNOWN_KIOSK");
                    shoot(browser, out.resolve("intake-refused-forged" + suffix), true);
                    browser.open(base + "/console/referrals");
                    shoot(browser, out.resolve("referrals-outcomes" + suffix), true);
                }
            }
        }
    }

    private static void scan(Browser browser, String text, String expected) {
        browser.find("#scan-text").sendKeys(text + org.openqa.selenium.Keys.ENTER);
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("verdict"), "data-outcome", expected));
        browser.driver().executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
    }

    /** The demo accounts' passwords, by username, from the file the demo server wrote beside its database. */
    static Map<String, String> demoPasswords(Path folder) throws IOException {
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("demo-accounts.txt"))) {
            String[] parts = line.trim().split("\\s+");
            if (!line.startsWith("#") && parts.length == 3) {
                passwords.put(parts[1], parts[2]);
            }
        }
        return passwords;
    }

    /**
     * The feed pages, on the feed fixtures' day with their files: a centre's address source run by hand
     * and by its schedule, a workbook uploaded and waiting in its preview, and an address that is gone.
     */
    @Test
    void feedPagesAtDesktopAndPhoneWidth() throws IOException {
        Path out = outputFolder();
        try (FeedConsoleFixture fixture = new FeedConsoleFixture(folder, true)) {
            var feeds = fixture.running.server().feeds();
            String centre = id.anjungan.server.feed.FeedFixtures.CENTRE;
            var daily = feeds.create(new id.anjungan.server.feed.FeedSourceRequest(id.anjungan.server.feed.OwnerKind.CENTRE,
                    centre, "Lowongan bulanan Disnaker Batang", id.anjungan.server.feed.SourceKind.URL,
                    id.anjungan.server.feed.FeedFormat.CSV, fixture.siteUrl("/lowongan.csv"), 24, true));
            feeds.run(daily.id(), id.anjungan.server.feed.RunTrigger.MANUAL, null);
            var workbook = feeds.create(new id.anjungan.server.feed.FeedSourceRequest(id.anjungan.server.feed.OwnerKind.CENTRE,
                    centre, "Rekap lowongan Juli (Excel)", id.anjungan.server.feed.SourceKind.UPLOAD,
                    id.anjungan.server.feed.FeedFormat.XLSX, null, 0, false));
            feeds.upload(workbook.id(), "lowongan-juli-2025.xlsx",
                    id.anjungan.server.feed.FeedFixtures.bytes("lowongan-blk-batang.xlsx"));
            var gone = feeds.create(new id.anjungan.server.feed.FeedSourceRequest(id.anjungan.server.feed.OwnerKind.CENTRE,
                    centre, "Karier PT Logam Presisi", id.anjungan.server.feed.SourceKind.URL,
                    id.anjungan.server.feed.FeedFormat.JSON_LD, fixture.siteUrl("/karier-lama"), 6, false));
            fixture.clock.advance(Duration.ofHours(25));
            feeds.runDue();
            for (int[] size : SIZES) {
                String suffix = "-" + size[0] + "x" + size[1] + ".png";
                try (Browser browser = new Browser(size[0], size[1])) {
                    String base = fixture.url("/").replaceAll("/$", "");
                    browser.open(base + "/console/login");
                    browser.find("#username").sendKeys("staf.batang");
                    browser.find("#password").sendKeys(fixture.passwords.get("staf.batang"));
                    browser.find("button.primary").click();
                    browser.waiting().until(ExpectedConditions.urlMatches("/console/vacancies$"));
                    browser.open(base + "/console/feeds");
                    shoot(browser, out.resolve("feeds" + suffix), true);
                    browser.open(base + "/console/feeds/new");
                    browser.find("#url").sendKeys("lowongan.csv");
                    browser.find("form.feed-form button.primary").click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
                    shoot(browser, out.resolve("feed-new-errors" + suffix), true);
                    browser.open(base + "/console/feeds/" + workbook.id() + "/preview");
                    shoot(browser, out.resolve("feed-preview" + suffix), true);
                    browser.open(base + "/console/feeds/" + daily.id());
                    shoot(browser, out.resolve("feed-history" + suffix), true);
                    browser.open(base + "/console/feeds/" + daily.id() + "/runs/" + daily.id() + "-1");
                    shoot(browser, out.resolve("feed-run" + suffix), true);
                    browser.open(base + "/console/feeds/" + gone.id() + "/runs/" + gone.id() + "-1");
                    shoot(browser, out.resolve("feed-run-failed" + suffix));
                }
            }
        }
    }

    private static id.anjungan.server.account.Principal adminPrincipal(RunningServer running) {
        var admin = running.server().console().accounts().byUsername("admin").orElseThrow();
        return new id.anjungan.server.account.Principal(admin, java.util.Set.of());
    }

    /** Three kiosks of the demo centre: one well, one silent and short of paper, one revoked; slips for the employer. */
    private static void fleet(RunningServer running, TestClock clock) {
        EnrolmentResponse quiet = running.enrolKiosk("blkk-batang-1");
        EnrolmentResponse well = running.enrolKiosk("blkk-batang-1");
        EnrolmentResponse gone = running.enrolKiosk("blkk-batang-1");
        SyncCursor head = running.server().services().sync().head();
        running.post("/api/v1/kiosks/heartbeat", quiet.token(), new Heartbeat("0.1.0",
                new SyncCursor(head.epoch(), head.seq() - 12), 3, PrinterState.PAPER_LOW, clock.instant().minusSeconds(40)));
        clock.advance(Duration.ofMinutes(38));
        running.post("/api/v1/kiosks/outbox", well.token(), new OutboxUpload(List.of(
                slip("5f1c9a7e3b2d4c01", "demo-0001", "Siti Aminah", "081234567890", clock),
                slip("9a3e77c0d1b24f52", "demo-0001", null, null, clock),
                slip("c47d2e9b80a1f6e3", "demo-0001", "Budi Santoso", "085712345678", clock))));
        running.post("/api/v1/kiosks/heartbeat", well.token(), new Heartbeat("0.1.0", head, 0, PrinterState.READY,
                clock.instant().plusSeconds(4)));
        running.post("/api/v1/admin/kiosks/" + gone.kioskId() + "/revoke", running.adminToken(), Map.of());
    }

    private static IssuedSlip slip(String id, String vacancy, String name, String phone, TestClock clock) {
        return new IssuedSlip(id, vacancy, "emp-sepatu-nusantara", clock.instant().minusSeconds(3600),
                clock.instant().plus(Duration.ofDays(14)), "ABK1:DEMO", name, phone);
    }

    static void signIn(Browser browser, String base, String username, Map<String, String> passwords) {
        browser.open(base + "/console/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(passwords.get(username));
        browser.find("button.primary").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/vacancies$"));
    }

    static void signOut(Browser browser, String base) {
        browser.open(base + "/console/vacancies");
        browser.find(".who button").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/login$"));
    }

    /** What the screen shows first; or the whole page, for forms and pages read top to bottom. */
    static void shoot(Browser browser, Path file, boolean wholePage) throws IOException {
        Files.write(file, wholePage ? browser.screenshot()
                : browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void shoot(Browser browser, Path file) throws IOException {
        shoot(browser, file, false);
    }
}
