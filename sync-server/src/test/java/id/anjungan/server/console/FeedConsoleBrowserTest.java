package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.feed.FeedFixtures;
import id.anjungan.server.feed.FeedRun;
import id.anjungan.server.feed.RunTrigger;
import id.anjungan.server.sync.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The feed pages in a real (headless) Chromium, as centre staff, employers and administrators use them. */
class FeedConsoleBrowserTest {
    private static final Set<String> CENTRE_REGIONS = Set.of(FeedFixtures.BATANG, FeedFixtures.KAB_PEKALONGAN,
            FeedFixtures.KOTA_PEKALONGAN);

    @TempDir
    Path folder;

    private FeedConsoleFixture fixture;
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void start() {
        fixture = new FeedConsoleFixture(folder.resolve("server"), true);
        try {
            browser = new Browser(1366, 900);
        } catch (RuntimeException e) {
            fixture.close();
            throw e;
        }
    }

    @AfterEach
    void stop() {
        try {
            browser.close();
        } finally {
            fixture.close();
        }
    }

    @Test
    void staffRegisterAnAddressPreviewItsBrokenRowsApplyTheRestAndTheScheduleRunsItAgain() {
        signIn("staf.batang");
        browser.find(".nav a[href='/console/feeds']").click();
        browser.find("a.button.primary[href='/console/feeds/new']").click();
        browser.find("#name").sendKeys("Lowongan KIT Batang");
        browser.find("#url").sendKeys(fixture.siteUrl("/lowongan.csv"));
        assertThat(new Select(browser.find("#everyHours")).getFirstSelectedOption().getText()).isEqualTo("Setiap hari");
        browser.find("#fullFeed").click();
        browser.find("form.feed-form button.primary").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/feeds/[a-z0-9]+/preview$"));

        assertThat(count("created")).isEqualTo(5);
        assertThat(count("rejected")).isEqualTo(2);
        assertThat(reason(7)).isEqualTo("kejuruan 'Tukang Las Listrik' tidak dikenal");
        assertThat(reason(8)).isEqualTo("Batas Lamaran '31/02/2025' bukan tanggal yang ada");
        assertThat(browser.all("#created tbody tr")).hasSize(5);
        assertThat(fixture.running.server().services().vacancies().count()).as("a preview writes nothing").isZero();

        String sourceId = sourceIdFromUrl();
        browser.find("#apply").click();
        browser.waiting().until(ExpectedConditions.urlContains("/runs/"));
        assertThat(browser.find("#run-status").getText()).isEqualTo("Diterapkan");
        assertThat(browser.all("#run-created li")).hasSize(5);

        browser.open(fixture.url("/console/vacancies"));
        assertThat(browser.all("table.vacancies tbody tr").stream().map(r -> r.getAttribute("data-id")).toList())
                .contains("feed-" + sourceId + "-lwk-001", "feed-" + sourceId + "-lwk-002", "feed-" + sourceId + "-lwk-003",
                        "feed-" + sourceId + "-lwk-004", "feed-" + sourceId + "-lwk-005");

        fixture.clock.advance(Duration.ofHours(25));
        List<FeedRun> scheduled = fixture.running.server().feeds().runDue();
        assertThat(scheduled).singleElement().satisfies(r -> assertThat(r.trigger()).isEqualTo(RunTrigger.SCHEDULE));
        signIn("staf.batang"); // a day later the session has run out
        browser.open(fixture.url("/console/feeds/" + sourceId));
        List<WebElement> history = browser.all("table.runs tbody tr");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getText()).contains("Jadwal").contains("Diterapkan");
        assertThat(history.get(1).getText()).contains("Staf (segarkan sekarang)");
        history.get(1).findElement(By.cssSelector("a[href$='#rejected']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rejected")));
        assertThat(reason(7)).isEqualTo("kejuruan 'Tukang Las Listrik' tidak dikenal");
    }

    @Test
    void anAdministratorUploadsEachFormatAndEachBrokenRowIsReportedWithItsLineWhileEveryOtherRowArrives()
            throws IOException {
        signIn("kepala");
        record Case(String file, byte[] content, int created, int line, String reason) {
        }
        List<Case> cases = List.of(
                new Case("lowongan-blk-batang.csv", FeedFixtures.bytes("lowongan-blk-batang.csv"), 5, 7,
                        "kejuruan 'Tukang Las Listrik' tidak dikenal"),
                new Case("lowongan-blk-batang.xlsx", FeedFixtures.bytes("lowongan-blk-batang.xlsx"), 5, 9,
                        "kejuruan 'Tukang Las Listrik' tidak dikenal"),
                new Case("lowongan.json", FeedConsoleFixture.jsonWithABrokenRow(), 2, 23,
                        "kejuruan 'Tukang Sulam' tidak dikenal"),
                new Case("jobpostings.jsonld", FeedConsoleFixture.jsonLdWithABrokenPosting(), 1, 24,
                        "batas lamaran (validThrough) tidak terbaca: '2025-02-31' bukan tanggal yang ada (tulis seperti 2025-07-31)"));
        for (Case c : cases) {
            SyncCursor before = fixture.running.server().services().sync().head();
            Path file = Files.write(folder.resolve(c.file()), c.content());
            browser.open(fixture.url("/console/feeds/new"));
            browser.find("#name").sendKeys("Unggahan " + c.file());
            new Select(browser.find("#owner")).selectByValue("CENTRE:" + FeedFixtures.CENTRE);
            browser.find("#kind-UPLOAD").click();
            browser.find("#file").sendKeys(file.toString());
            browser.find("form.feed-form button.primary").click();
            browser.waiting().until(ExpectedConditions.urlMatches("/console/feeds/[a-z0-9]+/preview$"));

            assertThat(count("created")).as(c.file()).isEqualTo(c.created());
            assertThat(reason(c.line())).as(c.file()).isEqualTo(c.reason());
            String sourceId = sourceIdFromUrl();
            browser.find("#apply").click();
            browser.waiting().until(ExpectedConditions.urlContains("/runs/"));
            assertThat(browser.find("#run-status").getText()).as(c.file()).isEqualTo("Diterapkan");

            List<Change> arrived = fixture.running.server().services().sync()
                    .changesAfter(before, 100, new Scope(CENTRE_REGIONS)).changes();
            assertThat(arrived).as(c.file() + " reaches the centre's kiosks").hasSize(c.created())
                    .allSatisfy(change -> {
                        assertThat(change.op()).isEqualTo(ChangeOperation.PUT);
                        assertThat(change.id()).startsWith("feed-" + sourceId + "-");
                    });
        }
    }

    @Test
    void anEmployerIsShownWhatIsWrongThenUploadsPostingsAndOnlyItsOwnArriveAndAPostWithoutTokenIsRefused() throws IOException {
        signIn("hrd.sepatu");
        browser.open(fixture.url("/console/feeds/new"));
        browser.find("#url").sendKeys("ftp://contoh");
        browser.find("form.feed-form button.primary").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.find("#name-error").getText()).contains("Wajib diisi.");
        assertThat(browser.find("#url-error").getText()).contains("diawali http:// atau https://");
        assertThat(browser.find("#owner").getText()).isEqualTo("PT Sepatu Nusantara Makmur (fiktif)");

        Path file = Files.write(folder.resolve("jobpostings.jsonld"), FeedFixtures.bytes("jobpostings.jsonld"));
        browser.find("#name").sendKeys("Lowongan kami");
        browser.find("#kind-UPLOAD").click();
        browser.find("#file").sendKeys(file.toString());
        browser.find("form.feed-form button.primary").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/feeds/[a-z0-9]+/preview$"));
        assertThat(count("created")).isEqualTo(1);
        assertThat(browser.find("#rejected").getText()).contains("bukan pemilik sumber ini");
        browser.find("#apply").click();
        browser.waiting().until(ExpectedConditions.urlContains("/runs/"));

        browser.open(fixture.url("/console/vacancies"));
        assertThat(browser.all("table.vacancies tbody tr .title").stream().map(WebElement::getText).toList())
                .containsExactly("Operator Produksi Sepatu");
        browser.open(fixture.url("/console/feeds"));
        assertThat(browser.all("table.feeds tbody tr")).hasSize(1);

        // the same "Terapkan" posted by a page without the session's token
        String sourceId = browser.find("table.feeds tbody tr").getAttribute("data-id");
        browser.driver().executeScript("var f = document.createElement('form'); f.method = 'post';"
                + " f.action = '/console/feeds/" + sourceId + "/apply'; var i = document.createElement('input');"
                + " i.name = 'contentHash'; i.value = '" + "0".repeat(64) + "'; f.appendChild(i);"
                + " document.body.appendChild(f); f.submit();");
        browser.waiting().until(ExpectedConditions.titleContains("Formulir ditolak"));
        assertThat(fixture.running.server().feeds().runs(sourceId, 10)).hasSize(1);
    }

    private void signIn(String username) {
        browser.open(fixture.url("/console/login"));
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(fixture.passwords.get(username));
        browser.find("button.primary").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/vacancies$"));
    }

    private int count(String what) {
        return Integer.parseInt(browser.find("#counts .count-" + what + " strong").getText());
    }

    private String reason(int line) {
        return browser.find("#rejected tr[data-line='" + line + "'] .reason").getText();
    }

    private String sourceIdFromUrl() {
        return browser.driver().getCurrentUrl().replaceAll(".*/console/feeds/([a-z0-9]+)/.*", "$1");
    }
}
