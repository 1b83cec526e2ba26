package id.anjungan.server;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.AccountStore;
import id.anjungan.server.account.LoginThrottle;
import id.anjungan.server.account.PasswordHasher;
import id.anjungan.server.account.SessionStore;
import id.anjungan.server.account.SignInService;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.audit.AuditService;
import id.anjungan.server.console.ConsoleVacancyService;
import id.anjungan.server.console.FleetService;
import id.anjungan.server.console.ConsoleFeedService;
import id.anjungan.server.console.web.FeedPages;
import id.anjungan.server.console.PublicVacancyService;
import id.anjungan.server.console.ReferralService;
import id.anjungan.server.console.web.AdminPages;
import id.anjungan.server.console.web.ConsoleAuth;
import id.anjungan.server.console.web.ErrorPages;
import id.anjungan.server.console.web.FleetPages;
import id.anjungan.server.console.web.PublicVacancyPage;
import id.anjungan.server.console.web.ReferralPages;
import id.anjungan.server.console.web.ReportPages;
import id.anjungan.server.demo.DemoReportHistory;
import id.anjungan.server.report.DemandSupplyService;
import id.anjungan.server.report.PlacementService;
import id.anjungan.server.report.TraineeSupplyStore;
import id.anjungan.server.console.web.SignInHandler;
import id.anjungan.server.console.web.Templates;
import id.anjungan.server.console.web.VacancyPages;
import id.anjungan.server.demo.DemoAccounts;
import id.anjungan.server.vacancy.VacancySearch;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import id.anjungan.server.admin.AdminAuthenticator;
import id.anjungan.server.admin.AdminHandler;
import id.anjungan.server.db.Database;
import id.anjungan.server.demo.DemoDataLoader;
import id.anjungan.server.demo.DemoKioskCode;
import id.anjungan.server.feed.FeedFetcher;
import id.anjungan.server.feed.FeedHandler;
import id.anjungan.server.feed.FeedScheduler;
import id.anjungan.server.feed.FeedService;
import id.anjungan.server.feed.FeedStore;
import id.anjungan.server.health.HealthHandler;
import id.anjungan.server.http.ErrorMapping;
import id.anjungan.server.intake.IntakeHandler;
import id.anjungan.server.intake.IntakeService;
import id.anjungan.server.intake.OutcomeService;
import id.anjungan.server.intake.OutcomeStore;
import id.anjungan.server.intake.SlipPhotoReader;
import id.anjungan.server.console.web.IntakeApi;
import id.anjungan.server.console.web.IntakePages;
import id.anjungan.server.intake.PresentationStore;
import id.anjungan.server.kiosk.EnrolmentService;
import id.anjungan.server.kiosk.KioskAuthenticator;
import id.anjungan.server.kiosk.KioskHandler;
import id.anjungan.server.kiosk.KioskLastSeen;
import id.anjungan.server.kiosk.KioskService;
import id.anjungan.server.kiosk.KioskStore;
import id.anjungan.server.kiosk.Secrets;
import id.anjungan.server.outbox.OutboxService;
import id.anjungan.server.outbox.PersonalDataRetention;
import id.anjungan.server.outbox.SlipStore;
import id.anjungan.server.reference.ReferenceHandler;
import id.anjungan.server.reference.ReferenceService;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.sync.ChangeLog;
import id.anjungan.server.sync.ChangeLogRetention;
import id.anjungan.server.sync.ChangeStream;
import id.anjungan.server.sync.SyncHandler;
import id.anjungan.server.sync.SyncService;
import id.anjungan.server.vacancy.VacancyHandler;
import id.anjungan.server.vacancy.VacancyService;
import id.anjungan.server.vacancy.VacancyStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** The composition root of the sync server: wires stores, services and handlers, and runs Javalin. */
public final class SyncServer implements AutoCloseable {
    /** Vacancy dates are Indonesian (western) calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final Javalin app;
    private final String host;
    private final String adminToken;
    private final Services services;
    private final ChangeStream changeStream;
    private ConsoleServices console;
    private List<String> firstStartAccounts = List.of();
    private FeedService feeds;
    private FeedScheduler feedScheduler;

    private final KioskLastSeen lastSeen;

    private SyncServer(Javalin app, String host, String adminToken, Services services, ChangeStream changeStream,
                       KioskLastSeen lastSeen) {
        this.app = app;
        this.changeStream = changeStream;
        this.host = host;
        this.adminToken = adminToken;
        this.services = services;
        this.lastSeen = lastSeen;
    }

    /** The services behind the HTTP API, for tests and tools that act as staff would. */
    public record Services(Database database, VacancyService vacancies, EnrolmentService enrolment,
                           SyncService sync, KioskService kiosks, ReferenceStore referenceStore, VacancyStore vacancyStore) {
    }

    /** The staff console's services, for tests and tools that act as staff would. */
    public record ConsoleServices(AccountService accounts, SignInService signIn, ConsoleVacancyService vacancies,
                                  FleetService fleet, AuditService audit) {
    }

    public static SyncServer start(ServerConfig config) {
        return start(config, Clock.system(ZONE));
    }

    public static SyncServer start(ServerConfig config, Clock clock) {
        Database database = Database.open(config.database());
        ChangeLog changeLog = new ChangeLog(clock);
        database.transact(changeLog::ensureEpoch);
        ReferenceStore referenceStore = new ReferenceStore(changeLog);
        VacancyStore vacancyStore = new VacancyStore(changeLog);
        KioskStore kioskStore = new KioskStore();

        VacancyService vacancies = new VacancyService(database, vacancyStore, referenceStore, clock);
        ReferenceService reference = new ReferenceService(database, referenceStore);
        SyncService sync = new SyncService(database, changeLog, referenceStore, vacancyStore);
        KioskLastSeen lastSeen = new KioskLastSeen(database);
        KioskAuthenticator kioskAuthenticator = new KioskAuthenticator(database, kioskStore, clock, lastSeen);
        KioskService kiosks = new KioskService(database, kioskStore, clock, lastSeen);
        ServerTuning tuning = config.tuning();
        ChangeStream changeStream = new ChangeStream(sync, config.pushPollInterval(), config.heartbeatInterval(),
                tuning.pushWriterThreads(), tuning.pushWriteTimeout());
        database.afterEachCommit(changeStream::wake);
        changeStream.every(Duration.ofMinutes(1), lastSeen::flush);
        // A revoked kiosk's open stream is closed at once: reconnecting, it is refused.
        EnrolmentService enrolment = new EnrolmentService(database, kioskStore, referenceStore, clock,
                changeStream::disconnect);
        SlipStore slipStore = new SlipStore();
        OutboxService outbox = new OutboxService(database, slipStore, clock);
        IntakeService intake = new IntakeService(database, kioskStore, new PresentationStore(), slipStore, vacancyStore,
                referenceStore, clock);

        if (config.loadDemoData()) {
            new DemoDataLoader(database, referenceStore, vacancyStore, clock).loadIfEmpty();
            new DemoKioskCode(enrolment, config.demoEnrolmentCodeFile()).write();
            new DemoReportHistory(database, vacancyStore, clock).loadIfAbsent();
        }
        String adminToken = config.adminToken() != null ? config.adminToken() : Secrets.newToken();

        // Staff console: accounts, sessions and throttling in the database; the audit log.
        ConsoleSettings consoleSettings = config.console();
        AuditLog auditLog = new AuditLog(clock);
        AccountStore accountStore = new AccountStore();
        SessionStore sessionStore = new SessionStore();
        PasswordHasher hasher = new PasswordHasher();
        AccountService accounts = new AccountService(database, accountStore, sessionStore, hasher, auditLog,
                referenceStore, clock);
        SignInService signIn = new SignInService(database, accountStore, sessionStore,
                new LoginThrottle(consoleSettings.loginLockout()), hasher, auditLog, referenceStore, clock,
                consoleSettings.loginMaxFailures());
        ConsoleVacancyService consoleVacancies = new ConsoleVacancyService(database, vacancies, vacancyStore,
                new VacancySearch(), referenceStore, auditLog, clock);
        FleetService fleet = new FleetService(database, enrolment, changeLog, referenceStore, auditLog, clock,
                consoleSettings.kioskSilentAfter(), lastSeen, changeStream);
        AuditService audit = new AuditService(database, auditLog);
        List<String> firstStartAccounts = new DemoAccounts(accounts)
                .createOnFirstStart(config.loadDemoData(), config.demoAccountsFile());
        Templates templates = new Templates();
        ConsoleAuth consoleAuth = new ConsoleAuth(signIn, consoleSettings.secureCookies(), clock);
        SignInHandler signInHandler = new SignInHandler(signIn, consoleAuth, templates, clock);
        VacancyPages vacancyPages = new VacancyPages(consoleVacancies, consoleAuth, templates);
        FleetPages fleetPages = new FleetPages(fleet, consoleAuth, templates);
        AdminPages adminPages = new AdminPages(accounts, audit, reference, consoleAuth, templates);
        ReferralService referralService = new ReferralService(database, vacancyStore, referenceStore);
        ReferralPages referralPages = new ReferralPages(referralService, consoleAuth, templates);
        ReportPages reportPages = new ReportPages(new PlacementService(database, referenceStore, clock),
                new DemandSupplyService(database, referenceStore, vacancyStore, new TraineeSupplyStore(), auditLog, clock),
                consoleAuth, templates);
        OutcomeService outcomes = new OutcomeService(database, new OutcomeStore(), auditLog, clock);
        IntakePages intakePages = new IntakePages(intake, outcomes, new SlipPhotoReader(), consoleAuth, templates);
        IntakeApi intakeApi = new IntakeApi(intake, outcomes, referralService);
        PublicVacancyPage publicVacancyPage = new PublicVacancyPage(
                new PublicVacancyService(database, vacancyStore, referenceStore, clock), templates, clock);

        HealthHandler health = new HealthHandler(vacancies);
        VacancyHandler vacancyHandler = new VacancyHandler(vacancies);
        ReferenceHandler referenceHandler = new ReferenceHandler(reference);
        ChangeLogRetention retention = new ChangeLogRetention(database, changeLog, clock,
                Duration.ofDays(config.logRetentionDays()));
        changeStream.every(Duration.ofHours(1), retention::run);
        changeStream.every(Duration.ofHours(6), new PersonalDataRetention(database, clock)::run);
        SyncHandler syncHandler = new SyncHandler(sync, kioskAuthenticator, changeStream);
        KioskHandler kioskHandler = new KioskHandler(enrolment, kioskAuthenticator, kiosks, outbox);
        AdminAuthenticator admins = new AdminAuthenticator(adminToken);
        AdminHandler adminHandler = new AdminHandler(admins, enrolment, kiosks, vacancies);
        IntakeHandler intakeHandler = new IntakeHandler(admins, intake);
        FeedService feeds = new FeedService(database, new FeedStore(), referenceStore, vacancyStore,
                new FeedFetcher(Duration.ofSeconds(10), Duration.ofSeconds(60), FeedService.MAX_BYTES,
                        config.feeds().allowPrivateAddresses()), clock);
        FeedHandler feedHandler = new FeedHandler(admins, feeds);
        FeedPages feedPages = new FeedPages(new ConsoleFeedService(database, feeds, referenceStore, auditLog), consoleAuth,
                templates);

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(ProtocolJson.mapper(), false));
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.threadPool = new QueuedThreadPool(tuning.httpThreads(), Math.min(8, tuning.httpThreads()));
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setOutputBufferSize(tuning.outputBufferBytes());
                // An event's lines are several small writes: they must gather in the buffer and leave
                // as one, not as a write each (Jetty's default aggregation is a quarter of the buffer).
                http.setOutputAggregationSize(tuning.outputBufferBytes());
                http.setHeaderCacheSize(tuning.headerCacheSize());
            });
            // The connector exists only once the server starts: set its request buffer then.
            cfg.jetty.modifyServer(jetty -> jetty.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : jetty.getConnectors()) {
                        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                        if (http != null) {
                            http.setInputBufferSize(tuning.inputBufferBytes());
                        }
                    }
                }
            }));
            ErrorMapping.register(cfg.routes, new ErrorPages(templates));
            cfg.routes.get("/health", health::get);
            cfg.routes.get("/api/v1/vacancies", vacancyHandler::list);
            cfg.routes.get("/api/v1/vacancies/{id}", vacancyHandler::get);
            cfg.routes.get("/api/v1/reference", referenceHandler::get);
            cfg.routes.get("/api/v1/sync/snapshot", syncHandler::snapshot);
            cfg.routes.get("/api/v1/sync/changes", syncHandler::changes);
            cfg.routes.before("/api/v1/sync/stream", syncHandler::beforeStream);
            cfg.routes.sse("/api/v1/sync/stream", syncHandler::stream);
            cfg.routes.post("/api/v1/kiosks/enrol", kioskHandler::enrol);
            cfg.routes.post("/api/v1/kiosks/heartbeat", kioskHandler::heartbeat);
            cfg.routes.post("/api/v1/kiosks/outbox", kioskHandler::outbox);
            cfg.routes.post("/api/v1/admin/enrolment-codes", adminHandler::createCode);
            cfg.routes.post("/api/v1/admin/kiosks/{id}/revoke", adminHandler::revoke);
            cfg.routes.get("/api/v1/admin/kiosks/{id}/health", adminHandler::health);
            cfg.routes.put("/api/v1/admin/vacancies/{id}", adminHandler::saveVacancy);
            cfg.routes.delete("/api/v1/admin/vacancies/{id}", adminHandler::deleteVacancy);
            cfg.routes.post("/api/v1/intake/verify", intakeHandler::verify);

            // Staff console (server-rendered pages) and the public vacancy page.
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/console/static";
                files.directory = "/console-static";
                files.location = Location.CLASSPATH;
            });
            cfg.routes.before("/console/*", consoleAuth::before);
            cfg.routes.get("/console", signInHandler::home);
            cfg.routes.get("/console/", signInHandler::home);
            cfg.routes.get("/console/login", signInHandler::form);
            cfg.routes.post("/console/login", signInHandler::submit);
            cfg.routes.post("/console/logout", signInHandler::signOut);
            cfg.routes.get("/console/lang", signInHandler::language);
            cfg.routes.get("/console/vacancies", vacancyPages::list);
            cfg.routes.get("/console/vacancies/new", vacancyPages::newForm);
            cfg.routes.post("/console/vacancies", vacancyPages::create);
            cfg.routes.get("/console/vacancies/{id}", vacancyPages::edit);
            cfg.routes.post("/console/vacancies/{id}", vacancyPages::update);
            cfg.routes.post("/console/vacancies/{id}/filled", vacancyPages::filled);
            cfg.routes.post("/console/vacancies/{id}/close", vacancyPages::close);
            cfg.routes.post("/console/vacancies/{id}/extend", vacancyPages::extend);
            cfg.routes.get("/console/kiosks", fleetPages::list);
            cfg.routes.post("/console/kiosks/codes", fleetPages::createCode);
            cfg.routes.post("/console/kiosks/{id}/revoke", fleetPages::revoke);
            cfg.routes.post("/console/kiosks/{id}/sync", fleetPages::syncNow);
            cfg.routes.get("/console/referrals", referralPages::list);
            cfg.routes.get("/console/reports", reportPages::placements);
            cfg.routes.get("/console/reports/placements.csv", reportPages::placementsCsv);
            cfg.routes.get("/console/reports/supply", reportPages::supply);
            cfg.routes.get("/console/reports/supply.csv", reportPages::supplyCsv);
            cfg.routes.get("/console/reports/trainees", reportPages::traineeForm);
            cfg.routes.post("/console/reports/trainees", reportPages::saveTrainees);
            cfg.routes.get("/console/feeds", feedPages::list);
            cfg.routes.get("/console/feeds/new", feedPages::newForm);
            cfg.routes.post("/console/feeds", feedPages::create);
            cfg.routes.get("/console/feeds/{id}", feedPages::show);
            cfg.routes.post("/console/feeds/{id}", feedPages::update);
            cfg.routes.post("/console/feeds/{id}/upload", feedPages::upload);
            cfg.routes.get("/console/feeds/{id}/preview", feedPages::preview);
            cfg.routes.post("/console/feeds/{id}/apply", feedPages::apply);
            cfg.routes.get("/console/feeds/{id}/runs/{runId}", feedPages::run);
            cfg.routes.get("/console/intake", intakePages::page);
            cfg.routes.post("/console/intake/scan", intakePages::scan);
            cfg.routes.post("/console/intake/photo", intakePages::photo);
            cfg.routes.post("/console/referrals/{slipId}/outcome", intakePages::outcome);
            cfg.routes.post("/console/api/intake/verify", intakeApi::verify);
            cfg.routes.post("/console/api/referrals/{slipId}/outcome", intakeApi::outcome);
            cfg.routes.get("/console/api/referrals", intakeApi::referrals);
            cfg.routes.get("/console/accounts", adminPages::accountList);
            cfg.routes.post("/console/accounts", adminPages::createAccount);
            cfg.routes.post("/console/accounts/{id}/password", adminPages::resetPassword);
            cfg.routes.post("/console/accounts/{id}/disable", adminPages::disable);
            cfg.routes.post("/console/accounts/{id}/enable", adminPages::enable);
            cfg.routes.get("/console/audit", adminPages::auditLog);
            cfg.routes.get("/v/{id}", publicVacancyPage::get);
            cfg.routes.post("/api/v1/admin/feeds", feedHandler::create);
            cfg.routes.get("/api/v1/admin/feeds", feedHandler::list);
            cfg.routes.get("/api/v1/admin/feeds/{id}", feedHandler::get);
            cfg.routes.put("/api/v1/admin/feeds/{id}", feedHandler::update);
            cfg.routes.post("/api/v1/admin/feeds/{id}/upload", feedHandler::upload);
            cfg.routes.post("/api/v1/admin/feeds/{id}/preview", feedHandler::preview);
            cfg.routes.post("/api/v1/admin/feeds/{id}/run", feedHandler::run);
            cfg.routes.get("/api/v1/admin/feeds/{id}/runs", feedHandler::runs);
            cfg.routes.get("/api/v1/admin/feeds/{id}/runs/{runId}", feedHandler::getRun);
        });
        app.start();
        SyncServer server = new SyncServer(app, config.host(), adminToken,
                new Services(database, vacancies, enrolment, sync, kiosks, referenceStore, vacancyStore), changeStream, lastSeen);
        server.feeds = feeds;
        server.feedScheduler = new FeedScheduler(feeds, config.feedCheckInterval());
        server.console = new ConsoleServices(accounts, signIn, consoleVacancies, fleet, audit);
        server.firstStartAccounts = firstStartAccounts;
        return server;
    }

    public ConsoleServices console() {
        return console;
    }

    /**
     * The console accounts this start created (role, name, password), one line each: on a server's
     * first start only, so they can be printed once. Empty on every later start.
     */
    public List<String> firstStartAccounts() {
        return firstStartAccounts;
    }

    public int port() {
        return app.port();
    }

    /** The address to reach this server at, such as http://127.0.0.1:7070/. */
    public URI baseUri() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return URI.create("http://" + reachable + ":" + port() + "/");
    }

    public String adminToken() {
        return adminToken;
    }

    public Services services() {
        return services;
    }

    public ChangeStream changeStream() {
        return changeStream;
    }

    /** Vacancy feeds: sources, previews and runs, for tests and tools that act as staff would. */
    public FeedService feeds() {
        return feeds;
    }

    public void stop() {
        feedScheduler.close();
        changeStream.close();
        app.stop();
        lastSeen.flush();
    }

    @Override
    public void close() {
        stop();
    }
}
