package id.anjungan.server.intake;

import id.anjungan.protocol.slip.KioskKey;
import id.anjungan.protocol.slip.KioskKeyDirectory;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.PresentationLedger;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipVerdict;
import id.anjungan.protocol.slip.SlipVerifier;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.account.Principal;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.kiosk.KioskStore;
import id.anjungan.server.outbox.SlipStore;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks referral slips scanned at intake desks and records each slip's first presentation. The
 * check and the record happen in one write transaction, so two desks scanning the same slip at the
 * same moment cannot both accept it.
 */
public final class IntakeService {
    private final Database database;
    private final KioskStore kiosks;
    private final PresentationStore presentations;
    private final SlipStore slips;
    private final VacancyStore vacancies;
    private final ReferenceStore reference;
    private final Clock clock;

    public IntakeService(Database database, KioskStore kiosks, PresentationStore presentations, SlipStore slips,
                         VacancyStore vacancies, ReferenceStore reference, Clock clock) {
        this.database = database;
        this.kiosks = kiosks;
        this.presentations = presentations;
        this.slips = slips;
        this.vacancies = vacancies;
        this.reference = reference;
        this.clock = clock;
    }

    public VerificationAnswer verify(VerificationRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new BadRequestException("scan a slip first: the text is empty");
        }
        String location = request.location() == null || request.location().isBlank() ? "intake" : request.location().trim();
        return database.inTransaction(c -> {
            var now = clock.instant();
            SlipVerifier verifier = new SlipVerifier(directory(c), ledger(c));
            SlipVerdict verdict = verifier.verify(request.text(), now, blankToNull(request.employerId()));
            if (verdict.isValid()) {
                presentations.record(c, verdict.token(), verdict.kioskId(), location, now);
            }
            return answer(c, verdict);
        });
    }

    /**
     * A slip scanned at the intake page by a signed-in account: an employer's desk accepts only
     * slips made out to that employer (taken from the account, never from the form), an
     * administrator's accepts any. The job seeker's name and phone are shown only to the employer
     * the slip is for.
     */
    public VerificationAnswer verify(Principal who, String text, String location) {
        String employerId = deskEmployer(who).orElse(null);
        String where = location == null || location.isBlank() ? who.account().displayName() : location.strip();
        VerificationAnswer answer = verify(new VerificationRequest(text, employerId, where));
        VerificationAnswer.SlipDetails slip = answer.slip();
        if (slip != null && employerId != null && !employerId.equals(slip.employerId())) {
            slip = new VerificationAnswer.SlipDetails(slip.slipId(), slip.shortCode(), slip.kioskId(), slip.vacancyId(),
                    slip.vacancyTitle(), slip.employerId(), slip.employerName(), slip.issuedAt(), slip.expiresAt(),
                    null, null);
            return new VerificationAnswer(answer.outcome(), answer.detail(), slip, answer.previouslyPresentedWhere(),
                    answer.previouslyPresentedAt());
        }
        return answer;
    }

    /**
     * Who may work an intake desk: an employer (for its own slips) or an administrator (for any);
     * intake is the employer's act, so centre staff may not.
     *
     * @return the employer whose slips this desk accepts; empty for any employer
     */
    public static Optional<String> deskEmployer(Principal who) {
        return switch (who.role()) {
            case EMPLOYER -> Optional.of(who.account().employerId());
            case ADMIN -> Optional.empty();
            case CENTRE_STAFF -> throw new ForbiddenException("intake is for employer accounts");
        };
    }

    private VerificationAnswer answer(Connection c, SlipVerdict verdict) throws SQLException {
        VerificationAnswer.SlipDetails details = verdict.token() == null ? null : details(c, verdict.token(), verdict.kioskId());
        return new VerificationAnswer(verdict.outcome(), verdict.detail(), details,
                verdict.previous() == null ? null : verdict.previous().where(),
                verdict.previous() == null ? null : verdict.previous().at());
    }

    private VerificationAnswer.SlipDetails details(Connection c, SlipToken token, String kioskId) throws SQLException {
        Optional<Vacancy> vacancy = vacancies.find(c, token.vacancyId());
        String employerName = reference.employer(c, token.employerId()).map(e -> e.name()).orElse(null);
        var uploaded = slips.find(c, token.slipId().hex());
        return new VerificationAnswer.SlipDetails(token.slipId().hex(), token.shortCode(), kioskId, token.vacancyId(),
                vacancy.map(Vacancy::title).orElse(null), token.employerId(), employerName, token.issuedAt(),
                token.expiresAt(), uploaded.map(s -> s.applicantName()).orElse(null),
                uploaded.map(s -> s.applicantPhone()).orElse(null));
    }

    private KioskKeyDirectory directory(Connection c) {
        return keyId -> {
            try {
                return kiosks.byKeyId(c, keyId.hex()).map(k -> new KioskKey(
                        KioskKeys.publicKeyFromRaw(Base64.getDecoder().decode(k.publicKey())), k.id(), k.revoked()));
            } catch (SQLException e) {
                throw new id.anjungan.server.db.StorageException(e);
            }
        };
    }

    private PresentationLedger ledger(Connection c) {
        return slipId -> {
            try {
                return presentations.find(c, slipId.hex());
            } catch (SQLException e) {
                throw new id.anjungan.server.db.StorageException(e);
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
