package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.sync.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console in a real (headless) Chromium, as centre staff, employers and administrators use it. */
class ConsoleBrowserTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
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
    void eachRoleSignsInAndSeesTheNavigationOfItsRole() {
        assertThat(signInAndReadNavigation("kepala")).containsExactly("Lowongan", "Umpan", "Anjungan", "Penerimaan", "Rujukan", "Laporan", "Akun", "Log audit");
        signOut();
        assertThat(signInAndReadNavigation("staf.batang")).containsExactly("Lowongan", "Umpan", "Anjungan", "Rujukan", "Laporan");
        signOut();
        assertThat(signInAndReadNavigation("hrd.sepatu")).containsExactly("Lowongan", "Umpan", "Penerimaan", "Rujukan", "Laporan");
    }

    @Test
    void anEmployerSeesOnlyItsOwnVacanciesAndNotAnotherEmployersPages() {
        fixture.kioskWithSlips(id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE,
                Map.of("v-sepatu-1", id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER,
                        "v-kaca-1", ConsoleFixture.OTHER_BATANG_EMPLOYER));
        signIn("hrd.sepatu");

        assertThat(rowIds()).containsExactlyInAnyOrder("v-sepatu-1", "v-sepatu-2");
        assertThat(browser.all("select[name=employer]")).isEmpty();
        browser.open(url("/console/vacancies/v-kaca-1"));
        assertThat(browser.find("h1").getText()).isEqualTo("Halaman tidak ditemukan");
        browser.open(url("/console/kiosks"));
        assertThat(browser.find("h1").getText()).isEqualTo("Tidak diizinkan");
        browser.open(url("/console/referrals"));
        assertThat(browser.find("main").getText()).contains("Pelamar v-sepatu-1").doesNotContain("Pelamar v-kaca-1");
    }

    @Test
    void staffWriteAVacancyFixingTheFieldTheFormPointsAtAndKiosksReceiveIt() {
        signIn("staf.batang");
        SyncCursor before = fixture.running.server().services().sync().head();
        browser.find("a.button.primary").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#employerId")).selectByValue("emp-batang");
        new org.openqa.selenium.support.ui.Select(browser.find("#tradeId")).selectByValue("las");
        browser.find("#openings").clear();
        browser.find("#openings").sendKeys("0");
        browser.find("form.vacancy-form button.primary").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("title-error")));

        assertThat(browser.find("#title-error").getText()).contains("Wajib diisi.");
        assertThat(browser.find("#openings-error").getText()).contains("Sedikitnya 1 orang.");
        assertThat(browser.find("#title").getAttribute("aria-invalid")).isEqualTo("true");

        browser.find("#title").sendKeys("Tukang Las Pipa");
        browser.find("#openings").clear();
        browser.find("#openings").sendKeys("6");
        browser.find("form.vacancy-form button.primary").click();
        browser.waiting().until(ExpectedConditions.urlContains("saved=created"));

        assertThat(browser.find(".alert-ok").getText()).contains("Lowongan disimpan");
        assertThat(browser.find("h1").getText()).isEqualTo("Tukang Las Pipa");
        var changes = fixture.running.server().services().sync().changesAfter(before, 10, new Scope(java.util.Set.of("33.25")))
                .changes();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.op()).isEqualTo(ChangeOperation.PUT);
            assertThat(c.record().path("title").asText()).isEqualTo("Tukang Las Pipa");
            assertThat(c.record().path("openings").asInt()).isEqualTo(6);
        });
    }

    @Test
    void oneClickMarksAVacancyFilledAfterTheQuestionAndTheListSaysSo() {
        signIn("staf.batang");
        WebElement row = browser.find("tr[data-id='v-kaca-1']");
        row.findElement(org.openqa.selenium.By.cssSelector("form[action$='/filled'] button")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting().until(ExpectedConditions.urlContains("done=filled"));

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector(".alert-ok")));
        assertThat(browser.find(".alert-ok").getText()).contains("ditandai sudah terisi");
        assertThat(browser.find("tr[data-id='v-kaca-1'] .badge").getText()).isEqualTo("Terisi");
        assertThat(fixture.running.server().services().vacancies().get("v-kaca-1").status()).isEqualTo(VacancyStatus.FILLED);
    }

    @Test
    void theSearchBoxNarrowsTheListAsStaffType() {
        signIn("staf.batang");
        assertThat(rowIds()).contains("v-sepatu-1", "v-kaca-1");

        browser.find("#q").sendKeys("kaca");
        browser.waiting().until(d -> rowIds().equals(List.of("v-kaca-1")));

        assertThat(browser.driver().getCurrentUrl()).contains("q=kaca");
    }

    @Test
    void signInLocksAfterFiveWrongPasswords() {
        for (int i = 1; i <= 5; i++) {
            browser.open(url("/console/login"));
            browser.find("#username").sendKeys("staf.batang");
            browser.find("#password").sendKeys("salah" + i);
            browser.find("button.primary").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("login-message")));
        }
        assertThat(browser.find("#login-message").getText()).startsWith("Terlalu banyak percobaan");

        signInTyping("staf.batang", fixture.passwords.get("staf.batang"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("login-message")));

        assertThat(browser.find("#login-message").getText()).startsWith("Terlalu banyak percobaan");
    }

    @Test
    void aJobSeekersPhoneOpensALiveVacancyAndIsToldWhenOneHasClosed() {
        browser.close();
        browser = new Browser(390, 844);
        browser.open(url("/v/v-sepatu-1"));
        assertThat(browser.find("h1").getText()).isEqualTo("Welder SMAW v-sepatu-1");
        assertThat(browser.all("#closed")).isEmpty();
        assertThat((Long) browser.driver().executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);

        browser.open(url("/v/v-sepatu-2"));
        assertThat(browser.find("#closed").getText()).contains("Batas lamaran lowongan ini sudah lewat");
    }

    private List<String> signInAndReadNavigation(String username) {
        signIn(username);
        return browser.all(".nav a").stream().map(WebElement::getText).toList();
    }

    private void signIn(String username) {
        signInTyping(username, fixture.passwords.get(username));
        browser.waiting().until(ExpectedConditions.urlMatches("/console/vacancies$"));
    }

    private void signInTyping(String username, String password) {
        browser.open(url("/console/login"));
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.find("button.primary").click();
    }

    private void signOut() {
        browser.find(".who button").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/login$"));
    }

    private List<String> rowIds() {
        return browser.all("table.vacancies tbody tr").stream().map(r -> r.getAttribute("data-id")).toList();
    }

    private String url(String path) {
        return fixture.running.uri(path).toString();
    }
}
