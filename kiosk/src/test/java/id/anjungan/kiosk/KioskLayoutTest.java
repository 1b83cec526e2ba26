package id.anjungan.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.attract.AttractModel;
import id.anjungan.kiosk.attract.AttractView;
import id.anjungan.kiosk.browse.BrowseModel;
import id.anjungan.kiosk.staff.StaffModel;
import id.anjungan.kiosk.staff.StaffView;
import id.anjungan.kiosk.idle.IdleModel;
import id.anjungan.kiosk.idle.IdleView;
import id.anjungan.kiosk.browse.BrowseView;
import id.anjungan.kiosk.browse.FilterChip;
import id.anjungan.kiosk.detail.DetailModel;
import id.anjungan.kiosk.detail.DetailView;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.FrameModel;
import id.anjungan.kiosk.frame.FrameView;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.issue.IssueModel;
import id.anjungan.kiosk.issue.IssueOutcome;
import id.anjungan.kiosk.issue.IssueView;
import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipFonts;
import id.anjungan.kiosk.slip.SlipPng;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.protocol.sync.Snapshot;
import javafx.beans.property.ReadOnlyObjectWrapper;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.theme.Display;
import id.anjungan.kiosk.theme.TextSize;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Every screen laid out at kiosk sizes with the demo catalogue, in both languages: no text is cut
 * off or ends in "...", no text is smaller than 24 px, every button is a finger's size. The
 * referral-slip screen is checked in each of its steps.
 */
class KioskLayoutTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final double MIN_TEXT = 24;
    /** The smallest text allowed at the text size being checked: 24 px times its factor. */
    private static double minText = MIN_TEXT;
    private static final double MIN_TOUCH = 72;

    @TempDir
    static Path folder;

    private static KioskStore store;
    private static Path slipPicture;
    private static final IssuedSlip DEMO_SLIP = new IssuedSlip("3f9a0c7e5b21d846", "demo-0042", "emp-sepatu-nusantara",
            DemoSlips.ISSUED, DemoSlips.EXPIRES, DemoSlips.qrText(), null, null);

    @BeforeAll
    static void fillStoreFromTheServer() throws Exception {
        FxToolkit.registerPrimaryStage();
        store = KioskStore.open(folder.resolve("kiosk.db"));
        try (TestServer server = TestServer.start(folder)) {
            Snapshot snapshot = server.snapshotFor("blkk-batang-1");
            store.replaceCatalog(new Catalog(snapshot.vacancies(), snapshot.reference()), CLOCK.instant(), snapshot.cursor());
        }
        slipPicture = folder.resolve("slip.png");
        SlipPng.write(new RasterSlipRenderer(SlipFonts.installed()).render(DemoSlips.withApplicant(), PaperWidth.MM_80),
                slipPicture);
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1920, 1080, INDONESIAN", "1080, 1920, INDONESIAN", "1920, 1080, ENGLISH", "1080, 1920, ENGLISH",
            "1920, 1080, JAVANESE", "1080, 1920, JAVANESE"})
    void everyScreenShowsAllItsTextLargeEnoughWithFingerSizedButtons(int width, int height, Language language)
            throws Exception {
        List<String> problems = new ArrayList<>();
        FxToolkit.setupFixture(() -> problems.addAll(layOutEveryScreen(width, height, language, TextSize.NORMAL, false)));

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}, largest text")
    @CsvSource({"1920, 1080, INDONESIAN", "1080, 1920, INDONESIAN", "1920, 1080, ENGLISH", "1080, 1920, ENGLISH",
            "1920, 1080, JAVANESE", "1080, 1920, JAVANESE"})
    void atTheLargestTextSizeInHighContrastNothingIsCutOff(int width, int height, Language language)
            throws Exception {
        List<String> problems = new ArrayList<>();
        FxToolkit.setupFixture(() -> problems.addAll(layOutEveryScreen(width, height, language, TextSize.LARGER, true)));

        assertThat(problems).isEmpty();
    }

    private static List<String> layOutEveryScreen(int width, int height, Language language, TextSize textSize,
                                                  boolean highContrast) {
        Messages messages = new Messages(language);
        VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
        Navigator navigator = new Navigator();
        BrowseModel browse = new BrowseModel(store, CLOCK, messages, texts, navigator::openVacancy);
        DetailModel detail = new DetailModel(store, CLOCK, messages, texts);
        detail.linkPublicPagesTo(java.net.URI.create("https://abk.example.id/"));
        // "Dengarkan" on screen too, as on a kiosk with espeak-ng.
        detail.readAloudWith(new id.anjungan.kiosk.speech.ReadAloud(
                Optional.of(new id.anjungan.kiosk.speech.FakeSpeechEngine()), Runnable::run, Runnable::run));
        FrameModel frame = new FrameModel(messages, new Formats(messages), navigator,
                new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE), new ReadOnlyObjectWrapper<>(CLOCK.instant()), CLOCK,
                () -> Optional.of("BLK Komunitas Pondok Pesantren Darul Amanah Kabupaten Batang"));
        FrameView frameView = new FrameView(frame, messages);
        minText = MIN_TEXT * textSize.factor();
        Display display = new Display();
        display.textSizeProperty().set(textSize);
        display.highContrastProperty().set(highContrast);
        frameView.addToBottomBar(display.buttons(messages).toArray(Node[]::new));
        Scene scene = new Scene(frameView, width, height);
        display.apply(scene);
        browse.reload();

        List<String> problems = new ArrayList<>();
        BrowseView browseView = new BrowseView(browse, messages);
        frameView.show(browseView);
        check(scene, "list", problems);
        assertThat(browse.cards()).isNotEmpty();
        FilterChip firstTrade = browse.chips().get(0);
        browse.toggle(firstTrade.kind(), firstTrade.value());
        browse.search("ma");
        browseView.openKeyboard();
        check(scene, "list with a filter and the keyboard", problems);
        browse.search("zzzz");
        check(scene, "list matching nothing", problems);
        browse.clear();
        browseView.scrollToTop();

        DetailView detailView = new DetailView(detail, messages);
        frameView.show(detailView);
        for (Vacancy vacancy : store.liveVacancies(LocalDate.now(CLOCK))) {
            detail.show(vacancy.id());
            check(scene, vacancy.id(), problems);
        }
        frame.showHelp();
        check(scene, "help", problems);
        frame.hideHelp();

        layOutTheIssueScreen(scene, frameView, messages, texts, problems);

        AttractModel attract = new AttractModel(store, CLOCK, messages, texts, new Formats(messages),
                new ReadOnlyObjectWrapper<>(CLOCK.instant().minusSeconds(600)),
                () -> Optional.of("BLK Komunitas Pondok Pesantren Darul Amanah Kabupaten Batang"), () -> { });
        attract.reload();
        Scene attractScene = new Scene(new AttractView(attract, messages), width, height);
        // The attract screen is only ever shown at the normal text size: the kiosk starts with it,
        // and its reset for the next job seeker puts the text size back (KioskApp.onNextJobSeeker).
        Display attractDisplay = new Display();
        attractDisplay.highContrastProperty().set(highContrast);
        attractDisplay.apply(attractScene);
        double listMinText = minText;
        minText = MIN_TEXT;
        for (int turn = 0; turn < attract.teaserCount(); turn++) {
            check(attractScene, "attract, vacancy " + turn, problems);
            attract.next();
        }
        minText = listMinText;

        id.anjungan.kiosk.testing.MutableClock idleClock = id.anjungan.kiosk.testing.MutableClock.morningOfToday();
        IdleModel idle = new IdleModel(idleClock, java.time.Duration.ofSeconds(60), messages, () -> { });
        idleClock.advance(java.time.Duration.ofSeconds(61));
        idle.tick();
        frameView.show(new BrowseView(browse, messages));
        Scene idleScene = new Scene(new javafx.scene.layout.StackPane(new IdleView(idle, messages)), width, height);
        display.apply(idleScene);
        check(idleScene, "idle overlay", problems);

        StaffModel staff = new StaffModel(messages, CLOCK, "1234", new SampleDesk(messages, false), Runnable::run,
                Runnable::run, () -> { });
        Scene staffScene = new Scene(new javafx.scene.layout.StackPane(new StaffView(staff, messages)), width, height);
        display.apply(staffScene);
        staff.open();
        staff.digit(9);
        staff.submit();
        check(staffScene, "staff PIN pad, wrong PIN", problems);
        for (int i = 0; i < 4; i++) {
            staff.digit(9);
            staff.submit();
        }
        check(staffScene, "staff PIN pad, locked", problems);
        staff.close();
        StaffModel right = new StaffModel(messages, CLOCK, "1", new SampleDesk(messages, true), Runnable::run,
                Runnable::run, () -> { });
        Scene panelScene = new Scene(new javafx.scene.layout.StackPane(new StaffView(right, messages)), width, height);
        display.apply(panelScene);
        right.open();
        right.digit(1);
        right.submit();
        right.syncNow();
        check(panelScene, "staff panel", problems);
        return problems;
    }

    /** The referral-slip screen in each of its steps: form (with a phone error), printing, printed, not printed. */
    private static void layOutTheIssueScreen(Scene scene, FrameView frameView, Messages messages, VacancyTexts texts,
                                             List<String> problems) {
        Vacancy vacancy = store.liveVacancies(LocalDate.now(CLOCK)).get(0);
        IssueOutcome[] answer = new IssueOutcome[1];
        List<Runnable> printing = new ArrayList<>();
        IssueModel issue = new IssueModel(store, messages, texts, new Formats(messages), (id, applicant) -> answer[0],
                printing::add, Runnable::run, () -> { });
        frameView.show(new IssueView(issue, messages));

        issue.show(vacancy.id());
        check(scene, "issue form", problems);
        issue.phoneProperty().set("0812");
        issue.print();
        check(scene, "issue form with a wrong phone", problems);
        issue.phoneProperty().set("");

        answer[0] = new IssueOutcome(IssueOutcome.Kind.PRINTED, Optional.of(DEMO_SLIP), PrinterState.READY, "sent",
                Optional.of(slipPicture));
        issue.printWithoutName();
        check(scene, "printing", problems);
        printing.forEach(Runnable::run);
        printing.clear();
        check(scene, "slip ready", problems);

        issue.show(vacancy.id());
        answer[0] = new IssueOutcome(IssueOutcome.Kind.NOT_PRINTED, Optional.of(DEMO_SLIP), PrinterState.OUT_OF_PAPER,
                "not sent", Optional.empty());
        issue.printWithoutName();
        printing.forEach(Runnable::run);
        printing.clear();
        check(scene, "slip not printed", problems);
    }

    private static void check(Scene scene, String screen, List<String> problems) {
        Parent root = scene.getRoot();
        for (int pass = 0; pass < 2; pass++) {
            root.applyCss();
            root.layout();
        }
        // The scene's root is always given the window's size; inside the kiosk's own root (a stack
        // of overlays) a screen that needs more would grow past the window, bars and all.
        if (root instanceof javafx.scene.layout.Region region && region.minHeight(scene.getWidth()) > scene.getHeight() + 0.5) {
            problems.add(screen + ": needs " + Math.round(region.minHeight(scene.getWidth())) + " px of height, the screen has "
                    + Math.round(scene.getHeight()));
        }
        nodes(root).filter(Node::isVisible).forEach(node -> {
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                Optional<String> shown = shownText(labeled);
                if (shown.isPresent() && !shown.get().equals(labeled.getText())) {
                    problems.add(screen + ": '" + labeled.getText() + "' shows as '" + shown.get() + "'");
                }
                if (labeled.getFont().getSize()
                        // the bottom bar's buttons and the keyboard's keys keep their (large) size at every text size
                        < (labeled.getStyleClass().contains("nav-button") || labeled.getStyleClass().contains("key")
                                ? MIN_TEXT : minText) - 0.5) {
                    problems.add(screen + ": '" + labeled.getText() + "' is " + labeled.getFont().getSize() + " px");
                }
            }
            if (node instanceof ButtonBase button && button.getHeight() < MIN_TOUCH) {
                problems.add(screen + ": button '" + button.getText() + "' is " + button.getHeight() + " px high");
            }
        });
    }

    /** The text a label's skin actually draws: shorter, or ending in "...", when it does not fit. */
    private static Optional<String> shownText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText())
                .findFirst();
    }

    /** The nodes on screen: nothing inside a hidden one. */
    private static Stream<Node> nodes(Node node) {
        if (!node.isVisible()) {
            return Stream.empty();
        }
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(KioskLayoutTest::nodes));
        }
        return Stream.of(node);
    }

    /** A staff panel's view of a kiosk as the screens are laid out with it; "sync now" may fail. */
    private record SampleDesk(Messages messages, boolean syncFails) implements StaffModel.Desk {
        @Override
        public StaffModel.Facts facts() {
            return new StaffModel.Facts("https://abk.example.id", messages.text("status.offline"),
                    "3f2c9a1e-5d7b-4c2e-9b1a-0e6f4d2c8a77 : 338", 115, 2, messages.text("staff.printer.PAPER_LOW"),
                    "0.1.0", "kiosk-vtvm8ns7");
        }

        @Override
        public void syncNow() throws Exception {
            if (syncFails) {
                throw new Exception("server tidak terjangkau");
            }
        }

        @Override
        public List<StaffModel.Slip> recentSlips() {
            return List.of(new StaffModel.Slip("a1", "27 Nov 14:05 \u00b7 Program Perawat Lansia ke Jepang (Tokutei Ginou Kaigo)"));
        }

        @Override
        public String testPrint() {
            return "test";
        }

        @Override
        public String reprint(String slipId) {
            return messages.text("staff.reprint.gone");
        }
    }
}
