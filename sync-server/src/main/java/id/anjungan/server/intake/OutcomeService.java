package id.anjungan.server.intake;

import id.anjungan.server.account.Principal;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.error.BadRequestException;
import java.time.Clock;
import java.util.Optional;

/**
 * Records what came of a referral: interviewed, hired or not hired, with an optional reason. Only
 * the employer the slip is made out to (or an administrator) records it; centre staff only read
 * it. Every change goes to the audit log in the same transaction, with what it was before.
 */
public final class OutcomeService {
    public static final int MAX_REASON = 300;

    private final Database database;
    private final OutcomeStore outcomes;
    private final AuditLog audit;
    private final Clock clock;

    public OutcomeService(Database database, OutcomeStore outcomes, AuditLog audit, Clock clock) {
        this.database = database;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    public RecordedOutcome record(Principal who, String slipId, Outcome outcome, String reason) {
        if (who.isStaff()) {
            throw new ForbiddenException("centre staff do not record outcomes; the employer does");
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > MAX_REASON) {
            throw new BadRequestException("reason: at most " + MAX_REASON + " characters");
        }
        return database.inTransaction(c -> {
            requireReach(who, outcomes.slipEmployer(c, slipId), slipId);
            Optional<RecordedOutcome> before = outcomes.find(c, slipId);
            outcomes.save(c, slipId, outcome, cleanReason, clock.instant(), who.account().id());
            audit.append(c, Actor.of(who), "referral.outcome", "referral", slipId, outcome.name()
                    + before.map(b -> " (sebelumnya " + b.outcome().name() + ")").orElse("")
                    + (cleanReason == null ? "" : ": " + cleanReason));
            return outcomes.find(c, slipId).orElseThrow();
        });
    }

    /** The outcome recorded for a slip this account reaches; empty when none is recorded yet. */
    public Optional<RecordedOutcome> find(Principal who, String slipId) {
        return database.readConsistent(c -> {
            requireReach(who, outcomes.slipEmployer(c, slipId), slipId);
            return outcomes.find(c, slipId);
        });
    }

    /** Another employer's slip, or one never heard of, is "not found" alike: nothing is told about it. */
    private static void requireReach(Principal who, Optional<String> employerId, String slipId) {
        boolean reaches = employerId.isPresent() && (who.isAdmin()
                || who.isEmployer() && who.account().employerId().equals(employerId.get()));
        if (!reaches) {
            throw new NotFoundException("referral slip", slipId);
        }
    }
}
