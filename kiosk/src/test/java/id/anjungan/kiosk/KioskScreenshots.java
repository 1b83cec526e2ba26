package id.anjungan.kiosk;

import id.anjungan.kiosk.config.KioskConfig;
import id.anjungan.kiosk.config.PrinterSettings;
import id.anjungan.kiosk.config.WindowSize;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.testing.KioskScreen;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes every kiosk screenshot in docs/screenshots, at 1920x1080 and 1080x1920: the whole kiosk
 * app against the real sync server with the demo data, driven as a job seeker and staff would,
 * rendered by JavaFX's software pipeline. Runs only when asked, and on its own (it makes the
 * headless screen 1920x1920 so both orientations fit):
 * {@code mvn -B -pl kiosk -am verify -Dtest=KioskScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dabk.screenshots=$PWD/docs/screenshots}
 */
@EnabledIfSystemProperty(named = "abk.screenshots", matches = ".+")
class KioskScreenshots {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final String CENTRE = "blkk-batang-1";
    private static final int WAIT = 60;

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final KioskScreen screen = new KioskScreen(robot);
    private KioskApp app;
    private Path out;
    private String suffix;

    @BeforeAll
    static void squareScreen() throws TimeoutException {
        System.setProperty("headless.geometry", "1920x1920-32");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() throws TimeoutException {
        stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1920x1080", "1080x1920"})
    void everyScreen(String size) throws Exception {
        out = Path.of(System.getProperty("abk.screenshots"));
        Files.createDirectories(out);
        suffix = "-" + size + ".png";
        WindowSize window = WindowSize.parse(size);
        URI serverUrl;
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            serverUrl = server.baseUri();
            KioskConfig base = KioskConfig.defaults().withServerUrl(serverUrl).inWindow(window)
                    .withIdle(Duration.ofMinutes(30));

            // Staff enrol a new kiosk with a one-time code.
            launch(base.withDataFolder(folder.resolve("new")));
            waitUntil(() -> shown("#enrolment-code"));
            shot("kiosk-enrolment");
            stop();

            launch(base.withDataFolder(folder.resolve("kiosk")).withEnrolmentCode(server.enrolmentCode(CENTRE)));
            waitUntil(() -> shown("#attract-screen") && text("#attract-count").matches("[1-9].*")
                    && !text("#attract-centre").equals("Anjungan Bursa Kerja"));
            shot("kiosk-attract");

            click("#attract-language-en");
            click("#attract-touch");
            waitUntil(() -> !shown("#attract-screen") && !screen.cards().isEmpty());
            shot("kiosk-en");
            click("#language-button");
            shot("kiosk-jv");
            click("#language-button");
            waitUntil(() -> text("#vacancy-count").endsWith("lowongan"));
            shot("kiosk-list");

            Node trade = onFx(() -> robot.lookup(".filter-chip").lookup((Node node) -> node.getId() != null
                    && node.getId().startsWith("chip-trade-")).query());
            click(trade);
            shot("kiosk-filter");
            click(trade);

            click("#search-field");
            robot.write("oper");
            waitUntil(() -> shown("#keyboard-letters"));
            shot("kiosk-search");
            onFx(() -> {
                robot.lookup("#search-field").queryAs(TextInputControl.class).setText("kapal selam");
                return null;
            });
            waitUntil(() -> shown("#no-match"));
            shot("kiosk-no-match");
            click("#show-all-button");
            click("#keyboard-done");

            waitUntil(() -> !screen.cards().isEmpty());
            click(screen.cards().get(0));
            waitUntil(() -> shown("#print-slip-button"));
            shot("kiosk-detail");

            click("#print-slip-button");
            waitUntil(() -> shown("#issue-name"));
            click("#issue-name");
            robot.write("Siti Aminah");
            shot("kiosk-issue");
            click("#issue-phone");
            robot.write("0812 3456 7890");
            click("#issue-print");
            waitUntil(() -> shown("#issue-check"));
            pause(500);
            shot("kiosk-slip-ready");
            click("#home-button");
            waitUntil(() -> !screen.cards().isEmpty());

            click("#text-size-button");
            click("#text-size-button");
            shot("kiosk-large-text");
            click("#text-size-button");
            click("#contrast-button");
            shot("kiosk-contrast");
            click("#contrast-button");

            holdTopLeftCorner();
            waitUntil(() -> shown("#staff-pin"));
            click("#staff-digit-1");
            click("#staff-digit-2");
            shot("kiosk-staff-pin");
            click("#staff-digit-3");
            click("#staff-digit-4");
            click("#staff-pin-ok");
            waitUntil(() -> shown("#staff-panel") && robot.lookup("#staff-kiosk-id").tryQuery().isPresent());
            shot("kiosk-staff");
            click("#staff-close");
            waitUntil(() -> !shown("#staff-overlay"));

            // A vacancy closed by its employer while a job seeker reads it.
            if (shown("#attract-screen")) {
                click("#attract-touch");
            }
            waitUntil(() -> !screen.cards().isEmpty());
            Node first = screen.cards().get(0);
            String vacancyId = String.valueOf(first.getUserData());
            click(first);
            waitUntil(() -> shown("#print-slip-button"));
            Vacancy open = server.vacancies().stream().filter(v -> v.id().equals(vacancyId)).findFirst().orElseThrow();
            server.running().put("/api/v1/admin/vacancies/" + vacancyId, closed(open));
            waitUntil(() -> shown("#withdrawn-notice"));
            shot("kiosk-detail-withdrawn");
            stop();

            // "Masih di sana?" after the idle time.
            launch(base.withDataFolder(folder.resolve("kiosk")).withIdle(Duration.ofSeconds(2)));
            waitUntil(() -> shown("#attract-screen"));
            click("#attract-touch");
            waitUntil(() -> shown("#idle-overlay"));
            pause(1500);
            shot("kiosk-idle");
            stop();

            // A thermal printer that cannot be reached.
            launch(base.withDataFolder(folder.resolve("kiosk"))
                    .withPrinter(PrinterSettings.escPosTcp("127.0.0.1", closedPort(), PaperWidth.MM_80)));
            waitUntil(() -> shown("#attract-screen"));
            click("#attract-touch");
            waitUntil(() -> !screen.cards().isEmpty());
            click(screen.cards().get(0));
            waitUntil(() -> shown("#print-slip-button"));
            click("#print-slip-button");
            waitUntil(() -> shown("#issue-name"));
            click("#issue-print");
            waitUntil(() -> shown("#issue-result-title"));
            pause(500);
            shot("kiosk-slip-not-printed");
            stop();
        }

        // The server gone: the kiosk starts from its own store and says so.
        launch(KioskConfig.defaults().withServerUrl(serverUrl).inWindow(window).withIdle(Duration.ofMinutes(30))
                .withDataFolder(folder.resolve("kiosk")));
        waitUntil(() -> shown("#attract-screen"));
        click("#attract-touch");
        waitUntil(() -> text("#connection-state").startsWith("Offline") && !screen.cards().isEmpty());
        shot("kiosk-offline");
    }

    private static Vacancy closed(Vacancy v) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(),
                v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(),
                VacancyStatus.CLOSED, null);
    }

    private void launch(KioskConfig config) throws TimeoutException {
        app = (KioskApp) FxToolkit.setupApplication(() -> new KioskApp(config, CLOCK));
    }

    private void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    private void holdTopLeftCorner() {
        Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
        Point2D corner = onFx(() -> scene.getRoot().localToScreen(30, 30));
        robot.moveTo(corner);
        robot.press(MouseButton.PRIMARY);
        robot.sleep(3400);
        robot.release(MouseButton.PRIMARY);
    }

    private void click(String query) {
        click(onFx(() -> robot.lookup(query).query()));
    }

    /** Fires buttons rather than moving a pointer over them; taps anything else. */
    private void click(Node node) {
        if (node instanceof ButtonBase button) {
            robot.interact(button::fire);
        } else {
            robot.clickOn(node);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        return screen.shown(query);
    }

    private String text(String query) {
        return screen.text(query);
    }

    private void shot(String name) throws IOException {
        pause(300);
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage picture = onFx(() -> {
            Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            BufferedImage copy = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < copy.getHeight(); y++) {
                for (int x = 0; x < copy.getWidth(); x++) {
                    copy.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            return copy;
        });
        try {
            ImageIO.write(picture, "png", out.resolve(name + suffix).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        WaitForAsyncUtils.sleep(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static <T> T onFx(Callable<T> query) {
        return KioskScreen.onFx(query);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        KioskScreen.waitUntil(WAIT, condition);
    }
}
