package id.anjungan.kiosk;

import id.anjungan.kiosk.attract.AttractModel;
import id.anjungan.kiosk.attract.AttractView;
import id.anjungan.kiosk.browse.BrowseModel;
import id.anjungan.kiosk.browse.BrowseView;
import id.anjungan.kiosk.config.InvalidConfigException;
import id.anjungan.kiosk.config.KioskConfig;
import id.anjungan.kiosk.config.WindowSize;
import id.anjungan.kiosk.detail.DetailModel;
import id.anjungan.kiosk.detail.DetailView;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.FrameModel;
import id.anjungan.kiosk.frame.FrameView;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.frame.Screen;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.staff.StaffModel;
import id.anjungan.kiosk.staff.StaffView;
import id.anjungan.kiosk.idle.IdleModel;
import id.anjungan.kiosk.idle.IdleView;
import id.anjungan.kiosk.issue.IssueModel;
import id.anjungan.kiosk.issue.IssueView;
import id.anjungan.kiosk.issue.SlipDesk;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.enrolment.EnrolmentModel;
import id.anjungan.kiosk.enrolment.EnrolmentView;
import id.anjungan.kiosk.sync.Backoff;
import id.anjungan.kiosk.sync.KioskApiClient;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.sync.KioskSync;
import id.anjungan.kiosk.theme.Display;
import id.anjungan.kiosk.theme.Theme;
import id.anjungan.protocol.reference.TrainingCentre;
import java.time.Clock;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's composition root: builds the store, the sync client, the models and views, and
 * wires them with constructors. Starts with whatever the store holds, then follows the server's
 * change stream in the background; screens reload when a change is applied.
 */
public final class KioskApp extends Application {
    private static final Duration TICK = Duration.seconds(20);
    /** How long staff hold the top-left corner to open the PIN pad, and how big that corner is. */
    private static final Duration STAFF_HOLD = Duration.seconds(3);
    private static final double STAFF_CORNER = 160;
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);

    private KioskConfig config;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-background");
        thread.setDaemon(true);
        return thread;
    });
    private KioskSync sync;
    private SlipDesk slips;
    private id.anjungan.kiosk.speech.ReadAloud readAloud;
    private Timeline ticker;
    private Timeline idleTicker;
    private final java.util.List<Runnable> onNextJobSeeker = new java.util.ArrayList<>();

    /** Used by {@link Application#launch}: reads its configuration from arguments and environment. */
    public KioskApp() {
        this(null, Clock.systemDefaultZone());
    }

    /** For tests and embedding: a given configuration and clock. */
    public KioskApp(KioskConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void init() {
        if (config == null) {
            config = KioskConfig.fromEnvironment(getParameters().getRaw());
        }
    }

    @Override
    public void start(Stage stage) {
        LOG.info("Kiosk starting: server {}, store {}, centre {}", config.serverUrl(),
                config.storeFile().toAbsolutePath(), config.centreId());
        Theme.loadFont();
        Language language = Language.ofCode(config.language()).orElseThrow(() -> new InvalidConfigException(
                KioskConfig.LANGUAGE + " must be one of id, en, jv; got '" + config.language() + "'"));

        KioskStore store = KioskStore.open(config.storeFile());
        Messages messages = new Messages(language);
        Formats formats = new Formats(messages);
        VacancyTexts texts = new VacancyTexts(messages, formats);
        Navigator navigator = new Navigator();
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();
        KioskApiClient api = new KioskApiClient(config.serverUrl(), http);
        slips = SlipDesk.create(config.printerConfig(), store, api, config.centreId(), clock);
        sync = new KioskSync(store, api, http, clock, Platform::runLater,
                AppVersion.current(), config.enrolmentCode(), slips::outboxLength, slips::printerState,
                Backoff.forReconnects());

        BrowseModel browse = new BrowseModel(store, clock, messages, texts, navigator::openVacancy);
        DetailModel detail = new DetailModel(store, clock, messages, texts);
        detail.linkPublicPagesTo(config.publicPagesUrl());
        java.util.Optional<id.anjungan.kiosk.speech.EspeakNg> speechEngine = config.speechOff()
                ? java.util.Optional.empty() : id.anjungan.kiosk.speech.EspeakNg.find(config.speechCommand());
        LOG.info("Reading aloud (\"Dengarkan\"): {}", speechEngine.map(engine -> engine.executable().toString())
                .orElse("off, no speech engine (" + KioskConfig.SPEECH_COMMAND + "=" + config.speechCommand() + ")"));
        readAloud = new id.anjungan.kiosk.speech.ReadAloud(speechEngine, background, Platform::runLater);
        detail.readAloudWith(readAloud);
        java.util.function.Supplier<java.util.Optional<String>> centreName =
                () -> store.centre(sync.enrolledCentreId().orElse(config.centreId())).map(TrainingCentre::name);
        FrameModel frame = new FrameModel(messages, formats, navigator,
                sync.connectionStateProperty(), sync.lastUpdatedProperty(), clock, centreName);
        AttractModel attract = new AttractModel(store, clock, messages, texts, formats, sync.lastUpdatedProperty(),
                centreName, navigator::home);

        attract.readLiveVacanciesFrom(browse::liveVacancies); // read and parsed once, at 50,000 too
        BrowseView browseView = new BrowseView(browse, messages);
        DetailView detailView = new DetailView(detail, messages);
        FrameView frameView = new FrameView(frame, messages);
        IssueModel issue = new IssueModel(store, messages, texts, formats, slips.issuer()::issue, background,
                Platform::runLater, navigator::home);
        IssueView issueView = new IssueView(issue, messages);
        detail.setOnPrintSlip(navigator::openSlipIssue);
        EnrolmentView enrolmentView = new EnrolmentView(new EnrolmentModel(sync::enrol, background, Platform::runLater,
                messages), messages);

        // The single way back to a kiosk as the next job seeker should find it. Every screen model
        // that holds something of the last job seeker hangs its clearing off it here, in order:
        // issue.leave() forgets a typed name and phone (also on leaving that screen), the frame
        // goes home in the start language without help open, and the attract screen comes last.
        // The list forgets its search text, filters and order; the display its text size and contrast.
        StaffModel staff = new StaffModel(messages, clock, config.staffPinOrDemo(),
                staffDesk(store, messages), background, Platform::runLater, Platform::exit);
        if (config.staffPin().isEmpty()) {
            LOG.warn("No {} set: the staff panel opens with the demo PIN {}; set one on every real kiosk",
                    KioskConfig.STAFF_PIN, KioskConfig.DEMO_STAFF_PIN);
        }
        onNextJobSeeker.add(staff::close);
        onNextJobSeeker.add(detail::stopReading);
        onNextJobSeeker.add(issue::leave);
        onNextJobSeeker.add(frame::resetForNextJobSeeker);
        onNextJobSeeker.add(browse::clear);
        onNextJobSeeker.add(attract::show);

        navigator.currentProperty().addListener((observable, old, screen) -> {
            if (!(screen instanceof Screen.SlipIssue)) {
                issue.leave(); // forgets a name and phone typed there
            }
            if (!(screen instanceof Screen.VacancyDetail)) {
                detail.stopReading();
            }
            if (screen instanceof Screen.VacancyDetail vacancy) {
                detail.show(vacancy.vacancyId());
                frameView.show(detailView);
            } else if (screen instanceof Screen.SlipIssue slip) {
                issue.show(slip.vacancyId());
                frameView.show(issueView);
            } else {
                frameView.show(browseView);
            }
        });
        navigator.onHome(browseView::scrollToTop);
        sync.catalogVersionProperty().addListener((observable, old, version) -> {
            browse.reload();
            detail.reload();
            attract.reload();
            frame.tick();
        });
        sync.lastUpdatedProperty().addListener((observable, old, updated) -> frame.tick());
        sync.connectionStateProperty().addListener((observable, old, state) -> {
            if (state == ConnectionState.ONLINE) {
                slips.uploader().requestUpload();
            }
        });
        frame.enrolmentNeeded(sync.enrolmentNeededProperty().get());
        sync.enrolmentNeededProperty().addListener((observable, old, needed) -> {
            frame.enrolmentNeeded(needed);
            frameView.show(needed ? enrolmentView : browseView);
        });
        // The list is read off the FX thread, so the attract screen is drawn at once; its counts follow.
        browse.reloadInBackground(background, Platform::runLater, () -> {
            attract.reload();
            StartupMarker.writeWhenLoaded();
        });
        frameView.show(browseView);
        AttractView attractView = new AttractView(attract, messages);
        // Over everything, top and bottom bars too: the kiosk starts on it; not while staff enrol it.
        attractView.visibleProperty().bind(attract.shownProperty().and(sync.enrolmentNeededProperty().not()));

        Display display = new Display();
        onNextJobSeeker.add(display::reset);
        frameView.addToBottomBar(display.buttons(messages).toArray(javafx.scene.Node[]::new));
        IdleModel idle = new IdleModel(clock, config.idle(), messages, this::resetForNextJobSeeker);
        attract.shownProperty().addListener((observable, old, shown) -> idle.setArmed(!shown));
        idle.setArmed(!attract.shownProperty().get());

        Scene scene = new Scene(new StackPane(frameView, new IdleView(idle, messages), attractView,
                new StaffView(staff, messages)));
        display.apply(scene);
        resetWhenIdle(scene, idle);
        openStaffPanelOnLongPress(scene, staff);
        if (!config.windowed()) {
            keepJobSeekersInside(scene);
        }
        showStage(stage, scene, messages);
        StartupMarker.writeWhenShown(attractView.visibleProperty());

        ticker = new Timeline(new KeyFrame(TICK, event -> {
            frame.tick();
            attract.tick();
            browse.reloadIfDayChanged();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();

        sync.start();
        slips.start();
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        if (idleTicker != null) {
            idleTicker.stop();
        }
        if (sync != null) {
            sync.close();
        }
        if (slips != null) {
            slips.close();
        }
        if (readAloud != null) {
            readAloud.stop();
        }
        background.shutdownNow();
    }

    private void showStage(Stage stage, Scene scene, Messages messages) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        WindowSize size = config.size().orElseGet(() -> config.windowed()
                ? KioskConfig.DEVELOPMENT_WINDOW
                : new WindowSize((int) screen.getWidth(), (int) screen.getHeight()));
        if (!config.windowed()) {
            // Without a window manager (as on many kiosks and under Xvfb) setFullScreen does nothing
            // visible; an undecorated stage of the screen's size fills it either way.
            stage.initStyle(StageStyle.UNDECORATED);
            // Only "Keluar dari anjungan" on the staff panel ends the app (Platform.exit).
            stage.setOnCloseRequest(javafx.stage.WindowEvent::consume);
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        stage.titleProperty().bind(messages.binding("app.title"));
        stage.setWidth(size.width());
        stage.setHeight(size.height());
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Leaves the kiosk as the next job seeker should find it: everything the last one typed,
     * chose or opened is forgotten, and the attract screen shows. The one path for it; screen
     * models add their clearing in {@link #start}.
     */
    public void resetForNextJobSeeker() {
        onNextJobSeeker.forEach(Runnable::run);
    }

    /** What the staff panel shows and does, read from the store, the sync client and the slip desk. */
    private StaffModel.Desk staffDesk(KioskStore store, Messages messages) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm")
                .withZone(clock.getZone());
        return new StaffModel.Desk() {
            @Override
            public StaffModel.Facts facts() {
                return new StaffModel.Facts(
                        config.serverUrl().toString(),
                        messages.text(switch (sync.connectionStateProperty().get()) {
                            case CONNECTING -> "status.connecting";
                            case ONLINE -> "status.online";
                            case OFFLINE -> "status.offline";
                        }),
                        store.cursor().map(cursor -> cursor.epoch() + " : " + cursor.seq())
                                .orElseGet(() -> messages.text("staff.none")),
                        store.liveVacancies(java.time.LocalDate.now(clock)).size(),
                        slips.outboxLength(),
                        messages.text("staff.printer." + slips.printerState().name()),
                        AppVersion.current(),
                        store.identity().enrolment().map(enrolment -> enrolment.kioskId())
                                .orElseGet(() -> messages.text("staff.notEnrolled")));
            }

            @Override
            public void syncNow() throws Exception {
                sync.syncNow();
            }

            @Override
            public java.util.List<StaffModel.Slip> recentSlips() {
                return slips.outbox().recent(10).stream().map(entry -> new StaffModel.Slip(entry.slip().slipId(),
                        time.format(entry.slip().issuedAt()) + " \u00b7 "
                                + store.vacancy(entry.slip().vacancyId()).map(v -> v.title())
                                .orElse(entry.slip().vacancyId())))
                        .toList();
            }

            @Override
            public String testPrint() {
                id.anjungan.kiosk.printer.PrintResult result = slips.issuer().testPrint();
                return result.printed() ? messages.text("staff.testPrint.done")
                        : messages.text("staff.testPrint.failed", result.message());
            }

            @Override
            public String reprint(String slipId) {
                return slips.issuer().reprint(slipId)
                        .map(outcome -> messages.text("staff.reprinted",
                                messages.text("staff.reprint.kind." + outcome.kind().name())))
                        .orElseGet(() -> messages.text("staff.reprint.gone"));
            }
        };
    }

    /**
     * The hidden gesture for staff: a finger held for 3 s in the top-left corner (over the centre's
     * name) opens the PIN pad. The release after it is swallowed, so it opens nothing beneath.
     */
    private void openStaffPanelOnLongPress(Scene scene, StaffModel staff) {
        javafx.animation.PauseTransition hold = new javafx.animation.PauseTransition(STAFF_HOLD);
        boolean[] opened = {false};
        hold.setOnFinished(event -> {
            opened[0] = true;
            staff.open();
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            opened[0] = false;
            if (staff.stepProperty().get() == StaffModel.Step.CLOSED
                    && event.getSceneX() < STAFF_CORNER && event.getSceneY() < STAFF_CORNER) {
                hold.playFromStart();
            }
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, event -> {
            if (event.getSceneX() >= STAFF_CORNER || event.getSceneY() >= STAFF_CORNER) {
                hold.stop();
            }
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            hold.stop();
            if (opened[0]) {
                event.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, event -> {
            if (opened[0]) {
                opened[0] = false;
                event.consume();
            }
        });
    }

    /**
     * Outside the staff panel nothing lets a job seeker leave the app: the stage has no decorations,
     * and Alt+F4, Escape and Ctrl+Q (of a keyboard someone plugs in) are swallowed here. Not in a
     * development window.
     */
    private static void keepJobSeekersInside(Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            javafx.scene.input.KeyCode code = event.getCode();
            if (code == javafx.scene.input.KeyCode.ESCAPE
                    || (event.isAltDown() && code == javafx.scene.input.KeyCode.F4)
                    || (event.isShortcutDown() && code == javafx.scene.input.KeyCode.Q)) {
                event.consume();
            }
        });
    }

    /**
     * A touch, a drag, a scroll or a key tells the idle watch someone is there; it looks at the
     * clock every second. Not mouse moves, entries and exits: a touchscreen has no hover, and
     * JavaFX makes those up itself whenever something (the "Masih di sana?" overlay) appears
     * under the pointer.
     */
    private void resetWhenIdle(Scene scene, IdleModel idle) {
        for (javafx.event.EventType<? extends InputEvent> type : java.util.List.of(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_DRAGGED,
                javafx.scene.input.TouchEvent.ANY, javafx.scene.input.ScrollEvent.ANY,
                javafx.scene.input.KeyEvent.KEY_PRESSED)) {
            scene.addEventFilter(type, event -> idle.touched());
        }
        idleTicker = new Timeline(new KeyFrame(Duration.seconds(1), event -> idle.tick()));
        idleTicker.setCycleCount(Animation.INDEFINITE);
        idleTicker.play();
    }

}
