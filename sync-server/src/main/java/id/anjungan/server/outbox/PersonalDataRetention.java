package id.anjungan.server.outbox;

import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.server.db.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the promise the kiosk prints beside its name and phone fields ("disimpan paling lama 6 bulan"):
 * a slip's applicant name and phone are erased once the slip is older than that. The slip itself stays,
 * so placement counts do not change. The kiosk erases its own copy the same way
 * ({@code OutboxStore.eraseApplicantsIssuedBefore}).
 */
public final class PersonalDataRetention {
    public static final Duration KEPT_FOR = IssuedSlip.APPLICANT_KEPT_FOR;
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final Database database;
    private final Clock clock;

    public PersonalDataRetention(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Erases what is due and returns how many slips lost their personal details. */
    public int run() {
        String cutoff = clock.instant().minus(KEPT_FOR).toString();
        int erased = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE referral_slip SET applicant_name = NULL, applicant_phone = NULL"
                            + " WHERE issued_at < ? AND (applicant_name IS NOT NULL OR applicant_phone IS NOT NULL)")) {
                s.setString(1, cutoff);
                return s.executeUpdate();
            }
        });
        if (erased > 0) {
            LOG.info("erased the applicant's name and phone from {} slips issued before {}", erased, cutoff);
        }
        return erased;
    }
}
