package id.anjungan.kiosk.testing;

import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.sync.KioskApiClient;
import id.anjungan.kiosk.sync.KioskKeysOnDisk;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.testing.RunningServer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A kiosk store enrolled with a real server, as after the kiosk's first start: its own key pair
 * (registered with the server), its enrolment, and the snapshot of its centre's vacancies.
 */
public final class EnrolledKiosk {
    public static final String CENTRE = "blkk-batang-1";
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final TestServer server;
    private final KioskStore store;
    private final KeyPair keys;
    private final EnrolmentResponse enrolment;

    private EnrolledKiosk(TestServer server, KioskStore store, KeyPair keys, EnrolmentResponse enrolment) {
        this.server = server;
        this.store = store;
        this.keys = keys;
        this.enrolment = enrolment;
    }

    /** Opens a store in the folder, enrols its key with the server and fills it from a snapshot. */
    public static EnrolledKiosk of(TestServer server, Path folder, Clock clock) {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        KeyPair keys = KioskKeysOnDisk.loadOrCreate(store.identity(), clock.instant());
        EnrolmentResponse enrolment = server.running().enrolKiosk(CENTRE, keys);
        store.identity().saveEnrolment(new IdentityStore.Enrolment(enrolment.kioskId(), enrolment.centreId(),
                enrolment.token(), clock.instant()));
        Snapshot snapshot = RunningServer.read(server.running().get("/api/v1/sync/snapshot", enrolment.token()).body(),
                Snapshot.class);
        store.replaceCatalog(new Catalog(snapshot.vacancies(), snapshot.reference()), clock.instant(), snapshot.cursor());
        return new EnrolledKiosk(server, store, keys, enrolment);
    }

    public KioskStore store() {
        return store;
    }

    public KeyPair keys() {
        return keys;
    }

    public String kioskId() {
        return enrolment.kioskId();
    }

    public String token() {
        return enrolment.token();
    }

    /** The kiosk's own client of the server's API. */
    public KioskApiClient api() {
        return new KioskApiClient(server.baseUri(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
    }

    /** The vacancies a job seeker can apply to today, longest open first. */
    public List<Vacancy> liveVacancies(Clock clock) {
        return store.liveVacancies(LocalDate.ofInstant(clock.instant(), WIB)).stream()
                .sorted(Comparator.comparing(Vacancy::validThrough).reversed())
                .toList();
    }
}
