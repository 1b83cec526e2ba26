package id.anjungan.server.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, at a fixed viewport; a phone width also
 * emulates a mobile device so the pages' viewport meta applies. Always stops the driver service.
 */
public class Chromium implements AutoCloseable {
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    public final int width;
    public final int height;

    /** Skips where Chromium is not installed; in CI (.ci/run installs it) its absence is a failure. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed && System.getenv("CI") != null) {
            fail("chromium and chromium-driver are missing; .ci/run installs them");
        }
        assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    public Chromium(int width, int height) {
        this.width = width;
        this.height = height;
        boolean phone = width < 600;
        try {
            profile = Files.createTempDirectory("abk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=id-ID",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        // A phone in Indonesia: Indonesian first (the public page answers in the browser's language).
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id,en-US,en"));
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver = started;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Signs in to the staff console at the server's base address (no trailing slash) and waits for the first page. */
    public void signInToConsole(String base, String username, String password) {
        open(base + "/console/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("button.primary").click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches("/console/vacancies$"));
    }

    /** The whole page at this viewport's width as PNG (up to 6000 px tall). */
    public byte[] screenshot() {
        Number pageHeight = (Number) driver.executeScript(
                "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))");
        int shotHeight = Math.min(6000, Math.max(height, pageHeight.intValue()));
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", shotHeight, "scale", 1)));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
