package id.anjungan.server.console;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_CENTRE;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.Role;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real server with the test catalogue, a second employer in Batang (so two employers share a
 * region), one account per role (and staff of the Tangerang centre), and vacancies of each employer.
 */
final class ConsoleFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-27T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String OTHER_BATANG_EMPLOYER = "emp-batang-kaca";

    final TestClock clock = new TestClock(START);
    final RunningServer running;
    final Map<String, String> passwords = new HashMap<>();

    ConsoleFixture(Path folder) {
        running = RunningServer.empty(folder, clock);
        try {
            seed();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** The server made its first administrator "admin" itself; the tests' administrator is "kepala". */
    private void seed() {
        new TestCatalogue(running.server()).seedReference();
        var services = running.server().services();
        services.database().transact(c -> services.referenceStore().upsertEmployer(c, new Employer(OTHER_BATANG_EMPLOYER,
                "PT Kaca Contoh (fiktif)", "Kaca", BATANG, null, "KIT Batang", "Pos 2", "Bawa slip", true)));
        account("kepala", Role.ADMIN, null, null);
        account("staf.batang", Role.CENTRE_STAFF, BATANG_CENTRE, null);
        account("staf.tangerang", Role.CENTRE_STAFF, TANGERANG_CENTRE, null);
        account("hrd.sepatu", Role.EMPLOYER, null, BATANG_EMPLOYER);
        account("hrd.kaca", Role.EMPLOYER, null, OTHER_BATANG_EMPLOYER);
        TestCatalogue catalogue = new TestCatalogue(running.server());
        catalogue.put(TestCatalogue.welder("v-sepatu-1", BATANG, TODAY.minusDays(2), TODAY.plusDays(20)));
        catalogue.put(TestCatalogue.welder("v-sepatu-2", BATANG, TODAY.minusDays(40), TODAY.minusDays(3)));
        catalogue.put(of(TestCatalogue.welder("v-kaca-1", BATANG, TODAY.minusDays(1), TODAY.plusDays(10)),
                OTHER_BATANG_EMPLOYER, "Operator Kaca Float", VacancyStatus.OPEN));
        catalogue.put(TestCatalogue.welder("v-tangerang-1", TANGERANG, TODAY.minusDays(1), TODAY.plusDays(30)));
    }

    private void account(String username, Role role, String centre, String employer) {
        AccountService.Created created = running.server().console().accounts().create(Actor.system(),
                new AccountService.NewAccount(username, "Akun " + username, role, centre, employer));
        passwords.put(username, created.password());
    }

    static Vacancy of(Vacancy v, String employerId, String title, VacancyStatus status) {
        return new Vacancy(v.id(), title, v.description(), employerId, v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), status, v.updatedAt());
    }

    ConsoleClient client() {
        return new ConsoleClient(running);
    }

    ConsoleClient signedIn(String username) {
        ConsoleClient client = client();
        var response = client.signIn(username, passwords.get(username));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode());
        }
        return client;
    }

    /** A kiosk of the centre that uploads one slip for each of the given employers' vacancies. */
    EnrolmentResponse kioskWithSlips(String centre, Map<String, String> vacancyToEmployer) {
        EnrolmentResponse kiosk = running.enrolKiosk(centre);
        int n = 0;
        List<IssuedSlip> slips = new java.util.ArrayList<>();
        for (var entry : vacancyToEmployer.entrySet()) {
            n++;
            slips.add(new IssuedSlip(kiosk.kioskId() + "-slip-" + n, entry.getKey(), entry.getValue(), clock.instant(),
                    clock.instant().plus(Duration.ofDays(14)), "ABK1:TEST" + n, "Pelamar " + entry.getKey(),
                    "0812000000" + n));
        }
        running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(slips));
        return kiosk;
    }

    @Override
    public void close() {
        running.close();
    }
}
