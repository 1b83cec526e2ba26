package id.anjungan.server.console;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.account.Principal;
import id.anjungan.server.db.Database;
import id.anjungan.server.intake.Outcome;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Referral slips kiosks uploaded, as each role may see them: an employer only the slips made out to
 * it, centre staff those printed at their centre's kiosks, administrators all. The job seeker's
 * phone number is shown only to the employer the slip is for (who has to reach them).
 */
public final class ReferralService {
    public static final int LIMIT = 200;

    private final Database database;
    private final VacancyStore vacancies;
    private final ReferenceStore reference;

    public ReferralService(Database database, VacancyStore vacancies, ReferenceStore reference) {
        this.database = database;
        this.vacancies = vacancies;
        this.reference = reference;
    }

    public record Referral(String slipId, Instant issuedAt, Instant expiresAt, String vacancyId, String vacancyTitle,
                           String employerName, String kioskId, String centreName, String applicantName,
                           String applicantPhone, Instant presentedAt, String presentedWhere, Outcome outcome,
                           String outcomeReason) {
    }

    public List<Referral> newest(Principal who) {
        String where = switch (who.role()) {
            case ADMIN -> "";
            case CENTRE_STAFF -> " WHERE k.centre_id = ?";
            case EMPLOYER -> " WHERE s.employer_id = ?";
        };
        String sql = "SELECT s.id, s.issued_at, s.expires_at, s.vacancy_id, s.employer_id, s.kiosk_id, k.centre_id,"
                + " s.applicant_name, s.applicant_phone, p.presented_at, p.location, o.outcome, o.reason FROM referral_slip s"
                + " JOIN kiosk k ON k.id = s.kiosk_id LEFT JOIN slip_presentation p ON p.slip_id = s.id"
                + " LEFT JOIN referral_outcome o ON o.slip_id = s.id"
                + where + " ORDER BY s.issued_at DESC, s.id LIMIT " + LIMIT;
        return database.readConsistent(c -> {
            ReferenceData ref = reference.loadAll(c);
            Map<String, Optional<Vacancy>> titles = new HashMap<>();
            List<Referral> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (who.isStaff()) {
                    s.setString(1, who.account().centreId());
                } else if (who.isEmployer()) {
                    s.setString(1, who.account().employerId());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String vacancyId = r.getString(4);
                        Optional<Vacancy> vacancy = titles.get(vacancyId);
                        if (vacancy == null) {
                            vacancy = vacancies.find(c, vacancyId);
                            titles.put(vacancyId, vacancy);
                        }
                        String employerId = r.getString(5);
                        String centreId = r.getString(7);
                        result.add(new Referral(r.getString(1), Instant.parse(r.getString(2)), Instant.parse(r.getString(3)),
                                vacancyId, vacancy.map(Vacancy::title).orElse(null),
                                ref.employer(employerId).map(e -> e.name()).orElse(employerId), r.getString(6),
                                ref.centre(centreId).map(tc -> tc.name()).orElse(centreId), r.getString(8),
                                who.isEmployer() ? r.getString(9) : null,
                                r.getString(10) == null ? null : Instant.parse(r.getString(10)), r.getString(11),
                                r.getString(12) == null ? null : Outcome.valueOf(r.getString(12)), r.getString(13)));
                    }
                }
            }
            return result;
        });
    }
}
