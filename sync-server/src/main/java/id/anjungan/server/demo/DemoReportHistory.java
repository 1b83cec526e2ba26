package id.anjungan.server.demo;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.db.TimeText;
import id.anjungan.server.vacancy.VacancyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Gives a demo server a referral history, so its reports are not empty on first start: for two demo
 * centres, slips printed over the last 120 days for vacancies around them, some presented at intake
 * and some with an outcome, and the centres' trainee numbers for this year and last. The slips hang
 * on a "demo history" kiosk per centre (ids start with {@code demo-riwayat-}), revoked from the
 * start: it never enrolled, holds no key that verifies anything and never syncs. Always the same
 * history for the same day (a fixed random seed), dated back from the day of loading.
 */
public final class DemoReportHistory {
    static final String KIOSK_PREFIX = "demo-riwayat-";
    static final int DAYS = 120;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Centre, its history kiosk, its regions, how many slips it printed. */
    private record DemoCentre(String centreId, String kioskId, Set<String> regions, int slips) {
    }

    private static final List<DemoCentre> CENTRES = List.of(
            new DemoCentre(DemoKioskCode.DEMO_CENTRE, KIOSK_PREFIX + "batang-1", Set.of("33.25", "33.26", "33.75", "33.27"), 96),
            new DemoCentre("blkk-pemalang-1", KIOSK_PREFIX + "pemalang-1", Set.of("33.25", "33.26", "33.75", "33.27"), 48));

    /** Trainees per trade this year; last year's are a little fewer. Produksi is left blank on purpose. */
    private static final Map<String, Map<String, Integer>> TRAINEES = Map.of(
            DemoKioskCode.DEMO_CENTRE, Map.of("menjahit", 64, "las", 48, "teknik-mesin", 32, "listrik", 32, "tik", 48,
                    "otomotif", 16, "tata-kecantikan", 32, "pengolahan-pangan", 16, "bahasa", 20),
            "blkk-pemalang-1", Map.of("menjahit", 32, "tata-kecantikan", 16, "otomotif", 16, "las", 16));

    private final Database database;
    private final VacancyStore vacancies;
    private final Clock clock;

    public DemoReportHistory(Database database, VacancyStore vacancies, Clock clock) {
        this.database = database;
        this.vacancies = vacancies;
        this.clock = clock;
    }

    /** Loads the history unless a demo history kiosk exists already; returns how many slips it wrote. */
    public int loadIfAbsent() {
        return database.inTransaction(c -> {
            if (exists(c, "SELECT 1 FROM kiosk WHERE id LIKE '" + KIOSK_PREFIX + "%'")) {
                return 0;
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, WIB);
            List<Vacancy> all = vacancies.all(c);
            all.sort((a, b) -> a.id().compareTo(b.id()));
            Random random = new Random(20_261_127L);
            int written = 0;
            for (DemoCentre centre : CENTRES) {
                if (!exists(c, "SELECT 1 FROM training_centre WHERE id = '" + centre.centreId() + "'")) {
                    continue;
                }
                List<Vacancy> around = all.stream().filter(v -> centre.regions().contains(v.regionId())).toList();
                if (around.isEmpty()) {
                    continue;
                }
                kiosk(c, centre, now.minus(Duration.ofDays(DAYS + 1)));
                for (int i = 0; i < centre.slips(); i++) {
                    written++;
                    slip(c, centre, pick(around, random), random, today, now, written);
                }
                trainees(c, centre.centreId(), today.getYear(), now);
            }
            return written;
        });
    }

    /** A vacancy drawn with a chance by its openings, as big employers draw more job seekers. */
    private static Vacancy pick(List<Vacancy> around, Random random) {
        int total = around.stream().mapToInt(v -> Math.min(v.openings(), 60)).sum();
        int draw = random.nextInt(total);
        for (Vacancy v : around) {
            draw -= Math.min(v.openings(), 60);
            if (draw < 0) {
                return v;
            }
        }
        return around.get(around.size() - 1);
    }

    private static void slip(Connection c, DemoCentre centre, Vacancy vacancy, Random random, LocalDate today,
                             Instant now, int n) throws SQLException {
        int daysAgo = random.nextInt(DAYS);
        Instant issued = today.minusDays(daysAgo).atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(WIB).toInstant();
        if (issued.isAfter(now)) {
            issued = now.minus(Duration.ofMinutes(30 + random.nextInt(120)));
        }
        String id = String.format("de%014x", n);
        update(c, "INSERT INTO referral_slip (id, kiosk_id, vacancy_id, employer_id, issued_at, expires_at, qr_text,"
                        + " applicant_name, applicant_phone, received_at) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)",
                id, centre.kioskId(), vacancy.id(), vacancy.employerId(), issued.toString(),
                issued.plus(Duration.ofDays(14)).toString(), issued.plus(Duration.ofMinutes(2)).toString());
        Instant presented = issued.plus(Duration.ofHours(20 + random.nextInt(24 * 6)));
        boolean wasPresented = random.nextInt(100) < 62 && presented.isBefore(now);
        int fate = random.nextInt(100);
        if (!wasPresented) {
            return;
        }
        update(c, "INSERT INTO slip_presentation (slip_id, kiosk_id, vacancy_id, employer_id, location, presented_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", id, centre.kioskId(), vacancy.id(), vacancy.employerId(),
                "Meja penerimaan (demo)", presented.toString());
        Instant decided = presented.plus(Duration.ofDays(1 + random.nextInt(6)));
        if (fate < 20 || decided.isAfter(now)) {
            return;
        }
        String outcome = fate < 36 ? "INTERVIEWED" : fate < 70 ? "HIRED" : "NOT_HIRED";
        update(c, "INSERT INTO referral_outcome (slip_id, outcome, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, NULL)",
                id, outcome, "NOT_HIRED".equals(outcome) ? "Belum memenuhi syarat (demo)" : null, TimeText.of(decided));
    }

    private static void kiosk(Connection c, DemoCentre centre, Instant at) throws SQLException {
        update(c, "INSERT INTO kiosk (id, centre_id, public_key, key_id, token_hash, enrolled_at, revoked_at, app_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", centre.kioskId(), centre.centreId(), "-",
                "RIWAYAT-" + centre.kioskId().substring(KIOSK_PREFIX.length()), "none:" + centre.kioskId(),
                at.toString(), at.toString(), "riwayat demo");
    }

    private static void trainees(Connection c, String centreId, int year, Instant now) throws SQLException {
        for (var entry : TRAINEES.getOrDefault(centreId, Map.of()).entrySet()) {
            if (!exists(c, "SELECT 1 FROM trade WHERE id = '" + entry.getKey() + "'")) {
                continue;
            }
            String at = TimeText.of(now);
            update(c, "INSERT INTO trainee_supply (centre_id, trade_id, year, trainees, updated_at) VALUES (?, ?, ?, ?, ?)",
                    centreId, entry.getKey(), year, entry.getValue(), at);
            update(c, "INSERT INTO trainee_supply (centre_id, trade_id, year, trainees, updated_at) VALUES (?, ?, ?, ?, ?)",
                    centreId, entry.getKey(), year - 1, entry.getValue() * 3 / 4, at);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    s.setString(i + 1, (String) args[i]);
                }
            }
            s.executeUpdate();
        }
    }

    static List<String> kioskIds() {
        List<String> ids = new ArrayList<>();
        CENTRES.forEach(centre -> ids.add(centre.kioskId()));
        return ids;
    }
}
