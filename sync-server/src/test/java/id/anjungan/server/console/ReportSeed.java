package id.anjungan.server.console;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_EMPLOYER;

import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.db.Database;
import id.anjungan.server.testing.TestCatalogue;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * A referral history with known numbers on top of {@link ConsoleFixture}, written straight into the
 * tables (outcomes are recorded by the intake pages, which these tests do not drive). Slips, with
 * their day in Jakarta time (WIB = UTC+7):
 * <pre>
 * slip  kiosk     vacancy (employer, trade, estate)      issued (WIB)        presented  outcome
 * b1    Batang    v-sepatu-1 (emp-batang, las, –)        20 Nov 10.00        yes        HIRED
 * b2    Batang    v-sepatu-1                             21 Nov 10.00        yes        NOT_HIRED
 * b3    Batang    v-sepatu-1                             22 Nov 10.00        yes        INTERVIEWED
 * b4    Batang    v-sepatu-1                             23 Nov 10.00        yes        –
 * b5    Batang    v-kaca-1 (emp-batang-kaca, las, KIT)   24 Nov 10.00        no         –
 * b6    Batang    v-kaca-1                               25 Nov 10.00        no (*)     HIRED
 * b7    Batang    v-sepatu-1                             31 Oct 23.59.59.999 yes        HIRED
 * b8    Batang    v-sepatu-1                              1 Nov 00.00        no         –
 * b9    Batang    v-gone (deleted; emp-batang)            2 Nov 09.00        no         –
 * t1    Tangerang v-tangerang-1 (emp-tangerang, las, –)  26 Nov 10.00        yes        HIRED
 * </pre>
 * (*) an outcome is only recorded at intake, so b6 counts as presented. From 1 to 27 November:
 * emp-batang 6 issued, 4 presented, 3 interviewed, 1 hired; emp-batang-kaca 2, 1, 1, 1;
 * emp-tangerang 1, 1, 1, 1; 9, 6, 5, 3 in all.
 *
 * <p>For the demand-supply view it adds the trade menjahit, a live menjahit vacancy of 10 openings
 * and a filled las one of 5 in Batang, and a live menjahit one of 7 in Tangerang: live openings
 * around the Batang centre are las 6 (v-sepatu-1 and v-kaca-1, 3 each) and menjahit 10.
 */
final class ReportSeed {
    static final String ESTATE = "kit-batang";

    private ReportSeed() {
    }

    static void seed(ConsoleFixture fixture) {
        var running = fixture.running;
        var services = running.server().services();
        services.database().transact(c -> {
            services.referenceStore().upsertEstate(c, new IndustrialEstate(ESTATE, "Kawasan Industri Terpadu Batang",
                    "KIT Batang", BATANG, null));
            services.referenceStore().upsertTrade(c, new Trade("menjahit", "Menjahit", "7531"));
        });
        TestCatalogue catalogue = new TestCatalogue(running.server());
        Vacancy kaca = services.vacancies().get("v-kaca-1");
        catalogue.put(withEstate(kaca, ESTATE));
        Vacancy base = TestCatalogue.welder("v-jahit-1", BATANG, ConsoleFixture.TODAY.minusDays(3),
                ConsoleFixture.TODAY.plusDays(30));
        catalogue.put(copy(base, "v-jahit-1", BATANG_EMPLOYER, "menjahit", BATANG, 10, VacancyStatus.OPEN));
        catalogue.put(copy(base, "v-las-filled", BATANG_EMPLOYER, "las", BATANG, 5, VacancyStatus.FILLED));
        catalogue.put(copy(base, "v-jahit-tng", TANGERANG_EMPLOYER, "menjahit", TANGERANG, 7, VacancyStatus.OPEN));

        String batang = running.enrolKiosk(BATANG_CENTRE).kioskId();
        String tangerang = running.enrolKiosk(TANGERANG_CENTRE).kioskId();
        Database db = services.database();
        slip(db, "b1", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-11-20T03:00:00Z", true, "HIRED");
        slip(db, "b2", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-11-21T03:00:00Z", true, "NOT_HIRED");
        slip(db, "b3", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-11-22T03:00:00Z", true, "INTERVIEWED");
        slip(db, "b4", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-11-23T03:00:00Z", true, null);
        slip(db, "b5", batang, "v-kaca-1", ConsoleFixture.OTHER_BATANG_EMPLOYER, "2026-11-24T03:00:00Z", false, null);
        slip(db, "b6", batang, "v-kaca-1", ConsoleFixture.OTHER_BATANG_EMPLOYER, "2026-11-25T03:00:00Z", false, "HIRED");
        slip(db, "b7", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-10-31T16:59:59.999Z", true, "HIRED");
        slip(db, "b8", batang, "v-sepatu-1", BATANG_EMPLOYER, "2026-10-31T17:00:00Z", false, null);
        slip(db, "b9", batang, "v-gone", BATANG_EMPLOYER, "2026-11-02T02:00:00Z", false, null);
        slip(db, "t1", tangerang, "v-tangerang-1", TANGERANG_EMPLOYER, "2026-11-26T03:00:00Z", true, "HIRED");
    }

    private static void slip(Database db, String id, String kiosk, String vacancy, String employer, String issuedAt,
                             boolean presented, String outcome) {
        Instant issued = Instant.parse(issuedAt);
        db.transact(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO referral_slip (id, kiosk_id, vacancy_id, employer_id,"
                    + " issued_at, expires_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, kiosk);
                s.setString(3, vacancy);
                s.setString(4, employer);
                s.setString(5, issued.toString());
                s.setString(6, issued.plusSeconds(14 * 86400).toString());
                s.setString(7, issued.plusSeconds(60).toString());
                s.executeUpdate();
            }
            if (presented) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO slip_presentation (slip_id, kiosk_id, vacancy_id,"
                        + " employer_id, location, presented_at) VALUES (?, ?, ?, ?, 'Pos 1', ?)")) {
                    s.setString(1, id);
                    s.setString(2, kiosk);
                    s.setString(3, vacancy);
                    s.setString(4, employer);
                    s.setString(5, issued.plusSeconds(86400).toString());
                    s.executeUpdate();
                }
            }
            if (outcome != null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO referral_outcome (slip_id, outcome, recorded_at)"
                        + " VALUES (?, ?, ?)")) {
                    s.setString(1, id);
                    s.setString(2, outcome);
                    s.setString(3, issued.plusSeconds(2 * 86400).toString());
                    s.executeUpdate();
                }
            }
        });
    }

    private static Vacancy withEstate(Vacancy v, String estate) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                estate, v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }

    private static Vacancy copy(Vacancy v, String id, String employer, String trade, String region, int openings,
                                VacancyStatus status) {
        return new Vacancy(id, v.title() + " " + id, v.description(), employer, trade, v.kbjiCode(), region,
                null, v.town(), v.employmentType(), openings, v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), status, v.updatedAt());
    }
}
