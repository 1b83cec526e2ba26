package id.anjungan.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.config.KioskConfig;
import id.anjungan.kiosk.config.PrinterSettings;
import id.anjungan.kiosk.config.WindowSize;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.printer.FakeEscPosPrinter;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.testing.KioskScreen;
import id.anjungan.kiosk.testing.RunningKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.kiosk.IssuedSlip;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A job seeker prints a referral slip on the whole kiosk, headless, against the real sync server,
 * with the demo's file printer: detail, "Cetak slip rujukan", name and phone, the check mark and
 * the slip itself; then the slip reaches the server, and nothing typed stays on the kiosk's screen.
 */
class SlipIssueAppTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final Messages INDONESIAN = new Messages(Language.INDONESIAN);
    private static final String CENTRE = "blkk-batang-1";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final KioskScreen screen = new KioskScreen(robot);

    @RegisterExtension
    static final RunningKiosk KIOSK = new RunningKiosk();

    @Test
    void aJobSeekerPrintsASlipWithNameAndPhoneAndTheSlipReachesTheServer() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> !cards().isEmpty());

            robot.clickOn(cards().get(0));
            waitUntil(() -> robot.lookup("#print-slip-button").tryQuery().isPresent());
            robot.clickOn("#print-slip-button");
            waitUntil(() -> shown("#issue-name"));

            assertThat(text("#issue-consent")).startsWith("Nama dan nomor HP Anda akan dicetak di slip")
                    .contains("disimpan paling lama 6 bulan");
            robot.clickOn("#issue-name").write("Siti Aminah");
            robot.clickOn("#issue-phone").write("0812 345");
            robot.clickOn("#issue-print");
            waitUntil(() -> shown("#issue-phone-error"));

            assertThat(text("#issue-phone-error")).isEqualTo(INDONESIAN.text("issue.phone.invalid"));
            assertThat(shown("#issue-name")).isTrue();

            robot.interact(() -> field("#issue-phone").clear());
            robot.clickOn("#issue-phone").write("0812 3456 7890");
            waitUntil(() -> !shown("#issue-phone-error"));
            robot.clickOn("#issue-print");
            waitUntil(() -> shown("#issue-check"));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(text("#issue-result-title")).isEqualTo("Slip siap. Ambil slip Anda di bawah.");
            ImageView picture = robot.lookup("#issue-slip-picture").queryAs(ImageView.class);
            assertThat(picture.getImage()).isNotNull();
            assertThat(picture.getImage().isError()).isFalse();
            assertThat(picture.getImage().getWidth()).isEqualTo(576);
            assertThat(shown("#issue-slip-picture")).isTrue();
            assertThat(field("#issue-name").getText()).isEmpty();
            assertThat(field("#issue-phone").getText()).isEmpty();

            List<OutboxStore.Entry> issued = KioskStore.open(folder.resolve("kiosk").resolve("kiosk.db")).outbox().recent(5);
            assertThat(issued).hasSize(1);
            IssuedSlip slip = issued.get(0).slip();
            assertThat(slip.applicantName()).isEqualTo("Siti Aminah");
            assertThat(slip.applicantPhone()).isEqualTo("0812-3456-7890");
            assertThat(text("#issue-result-code")).isEqualTo("Kode slip: "
                    + id.anjungan.protocol.slip.SlipId.fromHex(slip.slipId()).shortCode());
            assertThat(folder.resolve("kiosk").resolve("slips")
                    .resolve("slip-" + id.anjungan.protocol.slip.SlipId.fromHex(slip.slipId()).shortCode() + ".pdf"))
                    .isNotEmptyFile();
            waitUntil(() -> namesOnServer(server).contains("Siti Aminah"));

            robot.clickOn("#home-button");
            waitUntil(() -> !cards().isEmpty());
            assertThat(shown("#issue-check")).isFalse();
        }
    }

    @Test
    void leftAloneItAsksWhetherSomeoneIsStillThereThenForgetsTheNameAndShowsTheAttractScreen() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            launch(server.baseUri(), server.enrolmentCode(CENTRE), PrinterSettings.DEMO, java.time.Duration.ofSeconds(2));
            waitUntil(() -> !cards().isEmpty());
            openIssueScreenOfFirstVacancy();
            robot.clickOn("#issue-name").write("Dwi Rahmawati");
            // The field is bound both ways to the issue model's name; it stays bound off screen.
            TextField name = onFx(() -> robot.lookup("#issue-name").queryAs(TextField.class));
            assertThat(onFx(() -> name.getText())).isEqualTo("Dwi Rahmawati");

            waitUntil(() -> shown("#idle-continue"));
            assertThat(onFx(() -> robot.lookup("#idle-question").queryAs(javafx.scene.control.Labeled.class).getText()))
                    .isEqualTo("Masih di sana?");
            assertThat(shown("#attract-screen")).isFalse();

            waitUntil(() -> shown("#attract-screen"));
            assertThat(shown("#idle-continue")).isFalse();
            assertThat(onFx(() -> name.getText())).isEmpty();
            assertThat(robot.lookup("#issue-name").tryQuery()).isEmpty();
        }
    }

    @Test
    void whatWasTypedIsGoneAfterBerandaAndAfterKembali() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> !cards().isEmpty());
            openIssueScreenOfFirstVacancy();
            robot.clickOn("#issue-name").write("Dwi Rahmawati");
            robot.clickOn("#issue-phone").write("0813 1111 2222");

            robot.clickOn("#home-button");
            waitUntil(() -> !cards().isEmpty());
            openIssueScreenOfFirstVacancy();

            assertThat(field("#issue-name").getText()).isEmpty();
            assertThat(field("#issue-phone").getText()).isEmpty();

            robot.clickOn("#issue-name").write("Dwi Rahmawati");
            robot.clickOn("#back-button");
            waitUntil(() -> shown("#print-slip-button"));
            robot.clickOn("#print-slip-button");
            waitUntil(() -> shown("#issue-name"));

            assertThat(field("#issue-name").getText()).isEmpty();
            assertThat(KioskStore.open(folder.resolve("kiosk").resolve("kiosk.db")).outbox().recent(5)).isEmpty();
        }
    }

    @Test
    void theHeartbeatTellsTheServerThePrinterIsOutOfPaper() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"));
             FakeEscPosPrinter printer = FakeEscPosPrinter.start(FakeEscPosPrinter.Replies.PAPER_OUT)) {
            launch(server.baseUri(), server.enrolmentCode(CENTRE),
                    PrinterSettings.escPosTcp(printer.host(), printer.port(), PaperWidth.MM_80));
            waitUntil(() -> !cards().isEmpty());
            String kioskId = KioskStore.open(folder.resolve("kiosk").resolve("kiosk.db")).identity().enrolment()
                    .orElseThrow().kioskId();

            waitUntil(() -> "OUT_OF_PAPER".equals(health(server, kioskId).path("printerState").asText()));

            assertThat(health(server, kioskId).path("outboxLength").asInt()).isZero();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode health(TestServer server, String kioskId) throws Exception {
        var response = server.running().get("/api/v1/admin/kiosks/" + kioskId + "/health", server.running().adminToken());
        return id.anjungan.protocol.json.ProtocolJson.mapper().readTree(response.body());
    }

    private void openIssueScreenOfFirstVacancy() throws TimeoutException {
        robot.clickOn(cards().get(0));
        waitUntil(() -> shown("#print-slip-button"));
        robot.clickOn("#print-slip-button");
        waitUntil(() -> shown("#issue-name"));
    }

    private static List<String> namesOnServer(TestServer server) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + server.running().database());
             ResultSet rows = db.createStatement().executeQuery("SELECT applicant_name FROM referral_slip")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private void launch(URI server, String enrolmentCode) throws TimeoutException {
        launch(server, enrolmentCode, PrinterSettings.DEMO);
    }

    private void launch(URI server, String enrolmentCode, PrinterSettings printer) throws TimeoutException {
        launch(server, enrolmentCode, printer, KioskConfig.DEFAULT_IDLE);
    }

    private void launch(URI server, String enrolmentCode, PrinterSettings printer, java.time.Duration idle)
            throws TimeoutException {
        KioskConfig config = KioskConfig.defaults()
                .withServerUrl(server)
                .withDataFolder(folder.resolve("kiosk"))
                .inWindow(new WindowSize(1920, 1080))
                .withEnrolmentCode(enrolmentCode)
                .withPrinter(printer)
                .withIdle(idle);
        KIOSK.launch(config, CLOCK);
        startFromAttract();
    }

    /** Touches the attract screen the kiosk starts on, which opens the list. */
    private void startFromAttract() throws TimeoutException {
        screen.startFromAttract(20);
    }

    /** True when the node exists and it and everything around it is visible. */
    private boolean shown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(SlipIssueAppTest::visibleAllTheWayUp).orElse(false));
    }

    private static boolean visibleAllTheWayUp(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private List<Node> cards() {
        return screen.cards();
    }

    private String text(String query) {
        return screen.text(query);
    }

    private static <T> T onFx(Callable<T> query) {
        return KioskScreen.onFx(query);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        KioskScreen.waitUntil(20, condition);
    }
}
