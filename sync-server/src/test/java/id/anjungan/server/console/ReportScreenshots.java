package id.anjungan.server.console;

import static id.anjungan.server.console.ConsoleScreenshots.SIZES;
import static id.anjungan.server.console.ConsoleScreenshots.demoPasswords;
import static id.anjungan.server.console.ConsoleScreenshots.outputFolder;
import static id.anjungan.server.console.ConsoleScreenshots.shoot;
import static id.anjungan.server.console.ConsoleScreenshots.signIn;
import static id.anjungan.server.console.ConsoleScreenshots.signOut;

import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the report pages' screenshots (docs/console/report-*.png) at desktop and phone width, on the
 * demo data set with its referral history. Runs only when asked: docs/console/take.sh.
 */
@EnabledIfSystemProperty(named = "abk.console.screenshots", matches = ".+")
class ReportScreenshots {
    @TempDir
    Path folder;

    @Test
    void everyReportPageAtDesktopAndPhoneWidth() throws IOException {
        Path out = outputFolder();
        TestClock clock = new TestClock(Instant.parse("2026-11-27T03:00:00Z"));
        try (RunningServer running = RunningServer.withDemoData(folder, clock)) {
            Map<String, String> passwords = demoPasswords(folder);
            for (int[] size : SIZES) {
                String suffix = "-" + size[0] + "x" + size[1] + ".png";
                try (Browser browser = new Browser(size[0], size[1])) {
                    String base = running.uri("/").toString().replaceAll("/$", "");
                    signIn(browser, base, "staf.batang", passwords);
                    browser.open(base + "/console/reports");
                    shoot(browser, out.resolve("report-placements" + suffix), true);
                    browser.open(base + "/console/reports/supply");
                    shoot(browser, out.resolve("report-supply" + suffix), true);
                    browser.open(base + "/console/reports/trainees");
                    browser.find("[id='n.las']").clear();
                    browser.find("[id='n.las']").sendKeys("-5");
                    browser.find(".trainee-form button.primary").click();
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
                    shoot(browser, out.resolve("report-trainees-errors" + suffix), true);
                    signOut(browser, base);
                    signIn(browser, base, "sepatu.nusantara", passwords);
                    browser.open(base + "/console/reports?by=trade");
                    shoot(browser, out.resolve("report-placements-employer" + suffix), true);
                    signOut(browser, base);
                    signIn(browser, base, "admin", passwords);
                    browser.open(base + "/console/reports?by=centre");
                    shoot(browser, out.resolve("report-placements-admin" + suffix), true);
                    signOut(browser, base);
                }
            }
        }
    }
}
