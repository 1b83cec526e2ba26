package id.anjungan.server;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.db.Database;
import id.anjungan.server.demo.DemoDataLoader;
import id.anjungan.server.health.HealthHandler;
import id.anjungan.server.http.ErrorMapping;
import id.anjungan.server.reference.ReferenceHandler;
import id.anjungan.server.reference.ReferenceService;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.sync.ChangeLog;
import id.anjungan.server.sync.SyncHandler;
import id.anjungan.server.sync.SyncService;
import id.anjungan.server.vacancy.VacancyHandler;
import id.anjungan.server.vacancy.VacancyService;
import id.anjungan.server.vacancy.VacancyStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;

/** The composition root of the sync server: wires stores, services and handlers, and runs Javalin. */
public final class SyncServer implements AutoCloseable {
    /** Vacancy dates are Indonesian (western) calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final Javalin app;
    private final String host;

    private SyncServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    public static SyncServer start(ServerConfig config) {
        return start(config, Clock.system(ZONE));
    }

    public static SyncServer start(ServerConfig config, Clock clock) {
        Database database = Database.open(config.database());
        ChangeLog changeLog = new ChangeLog(clock);
        database.inTransaction(c -> {
            changeLog.ensureEpoch(c);
            return null;
        });
        ReferenceStore referenceStore = new ReferenceStore(changeLog);
        VacancyStore vacancyStore = new VacancyStore(changeLog);
        if (config.loadDemoData()) {
            new DemoDataLoader(database, referenceStore, vacancyStore, clock).loadIfEmpty();
        }
        VacancyService vacancies = new VacancyService(database, vacancyStore);
        ReferenceService reference = new ReferenceService(database, referenceStore);
        SyncService sync = new SyncService(database, changeLog, referenceStore, vacancyStore);

        HealthHandler health = new HealthHandler(vacancies);
        VacancyHandler vacancyHandler = new VacancyHandler(vacancies);
        ReferenceHandler referenceHandler = new ReferenceHandler(reference);
        SyncHandler syncHandler = new SyncHandler(sync);

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(ProtocolJson.mapper(), false));
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            ErrorMapping.register(cfg.routes);
            cfg.routes.get("/health", health::get);
            cfg.routes.get("/api/v1/vacancies", vacancyHandler::list);
            cfg.routes.get("/api/v1/vacancies/{id}", vacancyHandler::get);
            cfg.routes.get("/api/v1/reference", referenceHandler::get);
            cfg.routes.get("/api/v1/sync/snapshot", syncHandler::snapshot);
            cfg.routes.get("/api/v1/sync/changes", syncHandler::changes);
        });
        app.start();
        return new SyncServer(app, config.host());
    }

    public int port() {
        return app.port();
    }

    /** The address to reach this server at, such as http://127.0.0.1:7070/. */
    public URI baseUri() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return URI.create("http://" + reachable + ":" + port() + "/");
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
