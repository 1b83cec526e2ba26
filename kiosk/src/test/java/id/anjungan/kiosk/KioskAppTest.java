package id.anjungan.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.config.KioskConfig;
import id.anjungan.kiosk.config.WindowSize;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.testing.KioskScreen;
import id.anjungan.kiosk.testing.RunningKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole kiosk on a headless screen, against the real sync server on a free port. */
class KioskAppTest {
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
    void fillsItsStoreFromTheServerShowsTheCardsAndOpensOneAndComesBack() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            List<Vacancy> live = liveNewestFirst(server.vacanciesSeenBy(CENTRE));
            ReferenceData reference = server.referenceData();

            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> text("#connection-state").equals(INDONESIAN.text("status.online")));
            waitUntil(() -> listedIds().size() == live.size());

            assertThat(text("#vacancy-count")).isEqualTo(live.size() + " lowongan");
            assertThat(text("#centre-name")).isEqualTo(reference.centre("blkk-batang-1").orElseThrow().name());
            startFromAttract();
            Node firstCard = cards().get(0);
            Vacancy newest = live.stream().filter(v -> v.id().equals(firstCard.getUserData())).findFirst().orElseThrow();
            assertThat(newest.datePosted()).isEqualTo(live.get(0).datePosted());

            robot.clickOn(firstCard);
            waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent());

            assertThat(text("#detail-title")).isEqualTo(newest.title());
            assertThat(text("#detail-employer"))
                    .isEqualTo(reference.employer(newest.employerId()).map(Employer::name).orElseThrow());
            assertThat(cards()).isEmpty();

            String phoneLink = phoneQrText();
            assertThat(phoneLink).isEqualTo(server.baseUri().resolve("v/" + newest.id()).toString());
            var page = server.running().get("/v/" + newest.id());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(newest.title());

            robot.clickOn("#back-button");
            waitUntil(() -> !cards().isEmpty());

            assertThat(robot.lookup("#detail-title").tryQuery()).isEmpty();
            assertThat(listedIds()).hasSize(live.size());
        }
    }

    @Test
    void startsOnTheAttractScreenWhereALanguageButtonSwitchesAndStaysAndATouchOpensTheList() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            int live = liveNewestFirst(server.vacanciesSeenBy(CENTRE)).size();
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> text("#attract-count").startsWith(live + " lowongan dari"));
            assertThat(text("#attract-touch")).isEqualTo("Sentuh layar untuk mulai");
            assertThat(text("#attract-teaser-title")).isNotBlank();

            robot.clickOn("#attract-language-en");
            waitUntil(() -> text("#attract-touch").equals("Touch the screen to start"));
            assertThat(onFx(() -> robot.lookup("#attract-screen").query().isVisible())).isTrue();

            robot.clickOn("#attract-touch");
            waitUntil(() -> !robot.lookup("#attract-screen").query().isVisible());
            assertThat(listedIds()).hasSize(live);
        }
    }

    @Test
    void holdingTheTopLeftCornerOpensThePinPadWhichRefusesAWrongPinAndOpensTheStaffPanelForTheRightOne()
            throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            KioskConfig config = KioskConfig.defaults()
                    .withServerUrl(server.baseUri())
                    .withDataFolder(folder.resolve("kiosk"))
                    .inWindow(new WindowSize(1280, 800))
                    .withEnrolmentCode(server.enrolmentCode(CENTRE))
                    .withStaffPin("2580");
            KIOSK.launch(config, CLOCK);
            waitUntil(() -> text("#connection-state").equals(INDONESIAN.text("status.online")));
            waitUntil(() -> visible("#attract-screen"));
            assertThat(visible("#staff-pin")).isFalse();

            robot.moveTo(robot.point("#attract-screen").atPosition(javafx.geometry.Pos.TOP_LEFT)
                    .atOffset(new javafx.geometry.Point2D(30, 30)));
            robot.press(javafx.scene.input.MouseButton.PRIMARY);
            robot.sleep(3400);
            robot.release(javafx.scene.input.MouseButton.PRIMARY);
            waitUntil(() -> visible("#staff-pin"));
            assertThat(visible("#attract-screen")).as("the long press opened nothing beneath").isTrue();

            for (String digit : "1111".split("")) {
                robot.clickOn("#staff-digit-" + digit);
            }
            assertThat(text("#staff-pin-dots")).isEqualTo("\u25CF\u25CF\u25CF\u25CF");
            robot.clickOn("#staff-pin-ok");
            waitUntil(() -> text("#staff-pin-message").equals("PIN salah. Sisa percobaan: 4"));
            assertThat(visible("#staff-panel")).isFalse();

            for (String digit : "2580".split("")) {
                robot.clickOn("#staff-digit-" + digit);
            }
            robot.clickOn("#staff-pin-ok");
            waitUntil(() -> visible("#staff-panel") && robot.lookup("#staff-kiosk-id").tryQuery().isPresent());
            assertThat(text("#staff-kiosk-id")).startsWith("kiosk-");
            assertThat(text("#staff-outbox")).isEqualTo("0");

            robot.clickOn("#staff-close");
            waitUntil(() -> !visible("#staff-overlay"));
            assertThat(visible("#attract-screen")).isTrue();
        }
    }

    private boolean visible(String query) {
        return screen.shown(query);
    }

    @Test
    void withTheServerGoneItStartsFromItsStoreAndSaysItIsOffline() throws Exception {
        URI address;
        int shown;
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            address = server.baseUri();
            shown = liveNewestFirst(server.vacanciesSeenBy(CENTRE)).size();
            launch(address, server.enrolmentCode(CENTRE));
            waitUntil(() -> text("#connection-state").equals(INDONESIAN.text("status.online")));
            waitUntil(() -> listedIds().size() == shown);
            KIOSK.close();
        }

        launch(address, null);
        waitUntil(() -> text("#connection-state").equals(INDONESIAN.text("status.offline")));

        assertThat(text("#connection-state")).isEqualTo("Offline: menampilkan lowongan yang tersimpan");
        assertThat(listedIds()).hasSize(shown);
        assertThat(text("#vacancy-count")).isEqualTo(shown + " lowongan");
        assertThat(text("#data-age")).startsWith("Data diperbarui");
    }

    @Test
    void aVacancyPublishedOnTheServerAppearsOnTheOpenListWithoutARestart() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            int before = liveNewestFirst(server.vacanciesSeenBy(CENTRE)).size();
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> listedIds().size() == before);

            Vacancy template = liveNewestFirst(server.vacanciesSeenBy(CENTRE)).get(0);
            Vacancy fresh = new Vacancy("pushed-1", "Operator Mesin Press (baru)", template.description(),
                    template.employerId(), template.tradeId(), null, template.regionId(), template.estateId(),
                    template.town(), null, 4, template.pay(), template.requirements(), template.skills(),
                    template.workHours(), template.shiftWork(), template.howToApply(), LocalDate.now(CLOCK),
                    LocalDate.now(CLOCK).plusDays(30), null, null);
            assertThat(server.running().put("/api/v1/admin/vacancies/pushed-1", fresh).statusCode()).isEqualTo(200);

            waitUntil(() -> listedIds().size() == before + 1);
            startFromAttract();
            screen.scrollListTo(listedIds().indexOf("pushed-1")); // one column in a 1280-pixel window
            waitUntil(() -> robot.lookup(".card-title").queryAllAs(Labeled.class).stream()
                    .anyMatch(label -> label.getText().equals("Operator Mesin Press (baru)")));
        }
    }

    @Test
    void aVacancyArrivingWhileAJobSeekerScrollsDoesNotMoveTheListUnderTheirFinger() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            List<Vacancy> live = liveNewestFirst(server.vacanciesSeenBy(CENTRE));
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> listedIds().size() == live.size());
            startFromAttract();
            ListView<?> list = robot.lookup(".vacancy-list").queryAs(ListView.class);
            robot.interact(() -> {
                list.scrollTo(live.size() / 2);
                // the row above part-way in view: the row in question stands 37 pixels below the top
                ((VirtualFlow<?>) list.lookup(".virtual-flow")).scrollPixels(-37);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node anchor = topVisibleCard(list);
            Object anchorId = anchor.getUserData();
            double anchorY = anchor.localToScene(0, 0).getY();

            Vacancy template = live.get(0);
            server.running().put("/api/v1/admin/vacancies/pushed-2", new Vacancy("pushed-2", "Operator Forklift (baru)",
                    template.description(), template.employerId(), template.tradeId(), null, template.regionId(),
                    template.estateId(), template.town(), null, 2, template.pay(), template.requirements(),
                    template.skills(), template.workHours(), template.shiftWork(), template.howToApply(),
                    LocalDate.now(CLOCK), LocalDate.now(CLOCK).plusDays(30), null, null));
            waitUntil(() -> listedIds().size() == live.size() + 1);
            WaitForAsyncUtils.waitForFxEvents();

            Node same = cards().stream().filter(card -> anchorId.equals(card.getUserData())).findFirst().orElseThrow();
            assertThat(same.localToScene(0, 0).getY()).isCloseTo(anchorY, org.assertj.core.data.Offset.offset(2.0));
        }
    }

    @Test
    void aJobSeekerNarrowsTheListByTradeAndAWordTypedOnTheScreenKeyboardThenComesBackToIt() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            List<Vacancy> live = liveNewestFirst(server.vacanciesSeenBy(CENTRE));
            String trade = live.stream().collect(java.util.stream.Collectors.groupingBy(Vacancy::tradeId,
                            java.util.stream.Collectors.counting()))
                    .entrySet().stream()
                    // the first chip: the trade with the most vacancies
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
            List<String> ofTrade = live.stream().filter(v -> v.tradeId().equals(trade)).map(Vacancy::id).toList();
            Vacancy target = live.stream().filter(v -> v.tradeId().equals(trade))
                    .filter(v -> firstPlainWord(v.title()).length() >= 3).findFirst().orElseThrow();
            String word = firstPlainWord(target.title());
            launch(server.baseUri(), server.enrolmentCode(CENTRE));
            waitUntil(() -> listedIds().size() == live.size());
            startFromAttract();

            robot.clickOn("#chip-trade-" + trade);
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(() -> listedIds().size() == ofTrade.size());
            assertThat(text("#vacancy-count")).isEqualTo(ofTrade.size() + " lowongan");

            robot.clickOn("#search-field");
            waitUntil(() -> robot.lookup("#keyboard-done").query().isVisible());
            for (char letter : word.substring(0, Math.min(5, word.length())).toUpperCase().toCharArray()) {
                robot.clickOn(key(String.valueOf(letter)));
            }
            robot.clickOn("#keyboard-done");
            waitUntil(() -> cardIds().contains(target.id()));

            assertThat(ofTrade).containsAll(cardIds());
            Node card = cards().get(0);
            Vacancy first = live.stream().filter(v -> v.id().equals(card.getUserData())).findFirst().orElseThrow();
            assertThat(first.tradeId()).isEqualTo(trade);
            robot.clickOn(card);
            waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent());
            assertThat(text("#detail-title")).isEqualTo(first.title());

            robot.clickOn("#back-button");
            waitUntil(() -> !cards().isEmpty());

            assertThat(cardIds()).contains(target.id());
            assertThat(ofTrade).containsAll(cardIds());
            assertThat(onFx(() -> robot.lookup("#chip-trade-" + trade)
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
            assertThat(onFx(() -> robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class)
                    .getText().toUpperCase())).startsWith(word.substring(0, Math.min(5, word.length())).toUpperCase());
        }
    }

    @Test
    void dengarkanGivesTheVacancyToTheSpeechEngineStopsItOnASecondPressAndIsHiddenWithoutAnEngine() throws Exception {
        // A stand-in for espeak-ng: keeps what it is asked to read, then "speaks" until it is stopped.
        java.nio.file.Path spoken = folder.resolve("spoken.txt");
        java.nio.file.Path engine = folder.resolve("fake-espeak-ng");
        java.nio.file.Files.writeString(engine, "#!/bin/sh\ncat > '" + spoken + "'\nexec sleep 60\n");
        engine.toFile().setExecutable(true);
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            KioskConfig config = KioskConfig.defaults().withServerUrl(server.baseUri())
                    .withDataFolder(folder.resolve("kiosk")).inWindow(new WindowSize(1280, 800))
                    .withEnrolmentCode(server.enrolmentCode(CENTRE)).withSpeechCommand(engine.toString());
            KIOSK.launch(config, CLOCK);
            waitUntil(() -> !cards().isEmpty());
            startFromAttract();
            Node card = cards().get(0);
            Vacancy vacancy = server.vacancies().stream().filter(v -> v.id().equals(card.getUserData())).findFirst()
                    .orElseThrow();
            robot.clickOn(card);
            waitUntil(() -> visible("#listen-button"));
            assertThat(text("#listen-button")).isEqualTo("Dengarkan");

            robot.clickOn("#listen-button");
            waitUntil(() -> text("#listen-button").equals("Berhenti"));
            waitUntil(() -> java.nio.file.Files.exists(spoken) && java.nio.file.Files.readString(spoken).contains("Gaji:"));
            assertThat(java.nio.file.Files.readString(spoken)).startsWith(vacancy.title() + ".")
                    .contains("Batas lamaran: ").doesNotContain("Rp ");

            robot.clickOn("#listen-button");
            waitUntil(() -> text("#listen-button").equals("Dengarkan"));
            KIOSK.close();

            KioskConfig none = config.withSpeechCommand(folder.resolve("no-such-espeak-ng").toString());
            KIOSK.launch(none, CLOCK);
            waitUntil(() -> !cards().isEmpty());
            startFromAttract();
            robot.clickOn(cards().get(0));
            waitUntil(() -> visible("#print-slip-button"));
            assertThat(visible("#listen-button")).isFalse();
        }
    }

    private static String firstPlainWord(String title) {
        return java.util.Arrays.stream(title.split("\\s+")).filter(w -> w.matches("[A-Za-z]+")).findFirst().orElse("");
    }

    private Node key(String letter) {
        return onFx(() -> robot.lookup(".key").match(node -> node instanceof javafx.scene.control.Button button
                && letter.equals(button.getText())).query());
    }

    private List<String> cardIds() {
        return listedIds();
    }

    private List<String> listedIds() {
        return screen.listedIds();
    }

    /** The first card of the top row that is wholly in view: the row a job seeker is looking at. */
    private Node topVisibleCard(ListView<?> list) {
        double top = list.localToScene(0, 0).getY();
        return cards().stream()
                .filter(card -> card.localToScene(0, 0).getY() >= top)
                .min(Comparator.<Node>comparingDouble(card -> card.localToScene(0, 0).getY())
                        .thenComparingDouble(card -> card.localToScene(0, 0).getX()))
                .orElseThrow();
    }

    @Test
    void aKioskThatIsNotEnrolledAsksStaffForACodeAndEnrolsWithIt() throws Exception {
        try (TestServer server = TestServer.start(folder.resolve("server"))) {
            launch(server.baseUri(), null);
            waitUntil(() -> robot.lookup("#enrolment-code").tryQuery().isPresent());

            robot.clickOn("#enrolment-code").write("SALAH-KODE-1234");
            robot.clickOn("#enrol-button");
            waitUntil(() -> text("#enrol-message").equals(INDONESIAN.text("enrol.refused")));

            String code = server.enrolmentCode(CENTRE);
            robot.doubleClickOn("#enrolment-code");
            robot.lookup("#enrolment-code").queryAs(javafx.scene.control.TextField.class).clear();
            robot.clickOn("#enrolment-code").write(code);
            robot.clickOn("#enrol-button");

            waitUntil(() -> !cards().isEmpty());
            assertThat(robot.lookup("#enrolment-code").tryQuery()).isEmpty();
        }
    }

    private void launch(URI server, String enrolmentCode) throws TimeoutException {
        KioskConfig config = KioskConfig.defaults()
                .withServerUrl(server)
                .withDataFolder(folder.resolve("kiosk"))
                .inWindow(new WindowSize(1280, 800))
                .withEnrolmentCode(enrolmentCode);
        KIOSK.launch(config, CLOCK);
    }

    /** Reads the "Simpan ke HP" QR code back from what the screen draws. */
    private String phoneQrText() throws Exception {
        javafx.scene.canvas.Canvas canvas = robot.lookup("#phone-qr").queryAs(javafx.scene.canvas.Canvas.class);
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> image = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.image.WritableImage shot = canvas.snapshot(null, null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            java.awt.image.BufferedImage copy = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    copy.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
                }
            }
            image.set(copy);
        });
        return id.anjungan.kiosk.slip.QrReading.text(image.get());
    }

    /** Touches the attract screen the kiosk starts on, which opens the list. */
    private void startFromAttract() throws TimeoutException {
        screen.startFromAttract(15);
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

    private static List<Vacancy> liveNewestFirst(List<Vacancy> vacancies) {
        LocalDate today = LocalDate.now(CLOCK);
        return vacancies.stream()
                .filter(v -> v.isLiveOn(today))
                .sorted(Comparator.comparing(Vacancy::datePosted).reversed())
                .toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        KioskScreen.waitUntil(15, condition);
    }
}
