package id.anjungan.server.console;

import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The intake page in a real (headless) Chromium: a USB scanner's typing, the camera button, a phone's screen. */
class IntakeBrowserTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private SignedSlips kiosk;
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
        kiosk = new SignedSlips(fixture.running, BATANG_CENTRE);
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            fixture.close();
        }
    }

    private void openIntakeAs(String username, int width, int height) {
        browser = new Browser(width, height);
        browser.signInToConsole(url(""), username, fixture.passwords.get(username));
        browser.open(url("/console/intake"));
    }

    @Test
    void aScannerTypesTheQrTextAndEnterTheVerdictShowsAtOnceAndOneTapRecordsHired() {
        String slip = kiosk.issue("v-sepatu-1", BATANG_EMPLOYER, fixture.clock.instant().minusSeconds(600),
                "Siti Aminah", "081234567890");
        String slipId = SignedSlips.idOf(slip);
        openIntakeAs("hrd.sepatu", 1366, 900);
        WebElement field = browser.find("#scan-text");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(field);

        field.sendKeys(slip + Keys.ENTER);

        WebElement verdict = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(verdict.getAttribute("data-outcome")).isEqualTo("VALID");
        assertThat(browser.find("#verdict .verdict-word").getText()).isEqualTo("SLIP ASLI");
        assertThat(browser.find("#verdict .applicant").getText()).contains("Siti Aminah");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/intake");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(browser.find("#scan-text"));
        assertThat(browser.find("#scan-text").getAttribute("value")).isEmpty();

        browser.find("#verdict button.outcome-HIRED").click();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict .outcome-saved")));
        assertThat(browser.find("#verdict button.outcome-HIRED").getAttribute("aria-pressed")).isEqualTo("true");
        browser.open(url("/console/referrals"));
        assertThat(browser.find("tr[data-slip='" + slipId + "'] .outcome-now").getText()).contains("Diterima kerja");

        browser.open(url("/console/intake"));
        browser.find("#scan-text").sendKeys(slip + Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("verdict"), "data-outcome", "ALREADY_PRESENTED"));
        assertThat(browser.find("#verdict .verdict-word").getText()).contains("SUDAH DIPAKAI");
        assertThat(browser.find("#verdict .verdict-why").getText()).contains("sudah pernah ditunjukkan di");
    }

    @Test
    void theCameraButtonLoadsZxingFromTheServerAndSaysPlainlyThatThisMachineHasNoCamera() {
        openIntakeAs("hrd.sepatu", 1366, 900);
        browser.driver().executeScript("window.intakeErrors = [];"
                + " window.addEventListener('error', function (e) { window.intakeErrors.push(String(e.message)); });");

        browser.find("#camera-start").click();

        // Headless Chromium here has no camera: the point is that ZXing loads and the page says what to do.
        browser.waiting().until(d -> java.util.List.of("none", "denied", "failed")
                .contains(browser.find("#camera-status").getAttribute("data-state")));
        assertThat(browser.driver().executeScript("return typeof ZXingBrowser.BrowserQRCodeReader")).isEqualTo("function");
        assertThat(browser.find("#camera-status").getAttribute("data-state")).isIn("none", "denied", "failed");
        assertThat(browser.find("#camera-status").getText()).contains("unggah foto slip");
        assertThat(browser.find("#camera-start").isDisplayed()).isTrue();
        assertThat((java.util.List<?>) browser.driver().executeScript("return window.intakeErrors")).isEmpty();
    }

    @Test
    void aScanAfterTheSessionEndedLeadsToTheSignInPageRatherThanShowingItInTheResultBox() {
        openIntakeAs("hrd.sepatu", 1366, 900);
        browser.driver().manage().deleteCookieNamed("abk_session");

        browser.find("#scan-text").sendKeys("ABK1:ANYTHING" + Keys.ENTER);

        browser.waiting().until(ExpectedConditions.urlContains("/console/login"));
        assertThat(browser.all("#result")).isEmpty();
    }

    @Test
    void onAPhoneTheVerdictIsInLargeLettersAndTheOutcomeButtonsAreBigEnoughForAThumb() {
        String slip = kiosk.issue("v-sepatu-1", BATANG_EMPLOYER, fixture.clock.instant().minusSeconds(600), null, null);
        openIntakeAs("hrd.sepatu", 390, 844);

        browser.find("#scan-text").sendKeys(slip + Keys.ENTER);

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        String fontSize = browser.find("#verdict .verdict-word").getCssValue("font-size");
        assertThat(Double.parseDouble(fontSize.replace("px", ""))).isGreaterThanOrEqualTo(32);
        for (WebElement button : browser.all("#verdict .outcome-buttons button")) {
            assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(48);
            assertThat(button.getSize().getWidth()).isGreaterThanOrEqualTo(90);
        }
        Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).isLessThanOrEqualTo(390);
    }

    private String url(String path) {
        return fixture.running.uri("/").toString().replaceAll("/$", "") + path;
    }
}
