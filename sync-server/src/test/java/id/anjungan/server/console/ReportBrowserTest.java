package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The report pages in a real (headless) Chromium, as centre staff use them, on the history of {@link ReportSeed}. */
class ReportBrowserTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
        ReportSeed.seed(fixture);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void centreStaffOpenTheReportFromTheMenuAndSeeTheFunnelDrawnAsSvg() {
        try (Browser browser = new Browser(1366, 900)) {
            signIn(browser, "staf.batang");
            browser.all(".nav a").stream().filter(a -> a.getText().equals("Laporan")).findFirst().orElseThrow().click();
            browser.waiting().until(ExpectedConditions.urlMatches("/console/reports$"));
            browser.find("#by").sendKeys("Pemberi kerja");
            browser.driver().executeScript("document.getElementById('from').value = '2026-11-01';");
            browser.find(".report-filters button.primary").click();
            browser.waiting().until(ExpectedConditions.urlContains("by=employer"));

            WebElement chart = browser.find("svg.chart-funnel");
            assertThat(chart.getRect().getWidth()).isGreaterThan(300);
            List<String> texts = browser.all("svg.chart-funnel text").stream().map(WebElement::getText).toList();
            assertThat(texts).containsExactly("Slip dicetak", "8", "Datang melapor", "5 · 62,5 %", "Diwawancara",
                    "4 · 50,0 %", "Diterima kerja", "2 · 25,0 %");
            assertThat(browser.find("#total-rate").getText()).isEqualTo("25,0 %");
            assertThat(browser.all("#placements tbody tr").stream().map(r -> r.findElement(
                    org.openqa.selenium.By.cssSelector(".title")).getText()).toList())
                    .containsExactly("PT Sepatu Contoh (fiktif)", "PT Kaca Contoh (fiktif)", "Jumlah");
            assertThat(browser.find("main").getText()).doesNotContain("PT Komponen Contoh");
        }
    }

    @Test
    void onAPhoneTheChartFitsTheScreenAndItsTextStaysReadable() {
        try (Browser browser = new Browser(390, 844)) {
            signIn(browser, "staf.batang");
            for (String page : List.of("/console/reports?from=2026-11-01&to=2026-11-27", "/console/reports/supply")) {
                browser.open(url(page));
                WebElement chart = browser.find("svg.chart");
                assertThat(chart.getRect().getX() + chart.getRect().getWidth()).as(page).isLessThanOrEqualTo(390);
                Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
                assertThat(pageWidth.intValue()).as(page).isLessThanOrEqualTo(390);
                for (WebElement text : browser.all("svg.chart text")) {
                    assertThat(text.getRect().getHeight()).as(page + " " + text.getText()).isGreaterThanOrEqualTo(11);
                    assertThat(text.getRect().getX() + text.getRect().getWidth()).as(page + " " + text.getText())
                            .isLessThanOrEqualTo(chart.getRect().getX() + chart.getRect().getWidth() + 1);
                }
            }
        }
    }

    @Test
    void staffFixAWrongTraineeNumberAndSeeTheShortTradeMarked() {
        try (Browser browser = new Browser(1366, 900)) {
            signIn(browser, "staf.batang");
            browser.open(url("/console/reports/supply"));
            browser.all(".tabs a").stream().filter(a -> a.getText().equals("Jumlah peserta pelatihan")).findFirst()
                    .orElseThrow().click();
            browser.find("[id='n.las']").sendKeys("10");
            browser.find("[id='n.menjahit']").sendKeys("empat");
            browser.find(".trainee-form button.primary").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("form-errors")));
            assertThat(browser.find("[id='n.menjahit-error']").getText()).endsWith("Tulis bilangan bulat, misalnya 24.");
            assertThat(browser.find("[id='n.menjahit']").getAttribute("aria-invalid")).isEqualTo("true");

            browser.find("[id='n.menjahit']").clear();
            browser.find("[id='n.menjahit']").sendKeys("4");
            browser.find(".trainee-form button.primary").click();
            browser.waiting().until(ExpectedConditions.urlContains("saved=1"));

            assertThat(browser.find(".alert-ok").getText()).isEqualTo("Jumlah peserta pelatihan tersimpan.");
            assertThat(browser.all("#supply tr.shortage").stream().map(r -> r.getAttribute("data-trade")).toList())
                    .containsExactly("menjahit");
            assertThat(browser.all("svg.chart-demand-supply text").stream().map(WebElement::getText).toList())
                    .contains("Menjahit — kekurangan 6", "10", "4", "Las", "6");
        }
    }

    private void signIn(Browser browser, String username) {
        browser.open(url("/console/login"));
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(fixture.passwords.get(username));
        browser.find("button.primary").click();
        browser.waiting().until(ExpectedConditions.urlMatches("/console/vacancies$"));
    }

    private String url(String path) {
        return fixture.running.uri(path).toString();
    }
}
