package id.anjungan.server.console.web;

import id.anjungan.server.account.Principal;
import id.anjungan.server.console.ReferralService;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.http.Bodies;
import id.anjungan.server.intake.IntakeService;
import id.anjungan.server.intake.Outcome;
import id.anjungan.server.intake.OutcomeService;
import id.anjungan.server.intake.RecordedOutcome;
import id.anjungan.server.intake.VerificationAnswer;
import io.javalin.http.Context;

/**
 * The intake engine as JSON for a signed-in console account (the session cookie, and the session's
 * token in an X-CSRF-Token header on every POST): what an employer's own scanning app or script
 * uses. The administrator token keeps working on /api/v1/intake/verify for machines.
 */
public final class IntakeApi {
    private final IntakeService intake;
    private final OutcomeService outcomes;
    private final ReferralService referrals;

    public IntakeApi(IntakeService intake, OutcomeService outcomes, ReferralService referrals) {
        this.intake = intake;
        this.outcomes = outcomes;
        this.referrals = referrals;
    }

    public record VerifyBody(String text, String location) {
    }

    public record OutcomeBody(String outcome, String reason) {
    }

    /** The verdict, and the outcome recorded so far when the slip is this employer's. */
    public record Verified(VerificationAnswer verification, RecordedOutcome outcome) {
    }

    /** POST /console/api/intake/verify {"text", "location"} */
    public void verify(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        VerifyBody body = Bodies.read(ctx, VerifyBody.class);
        VerificationAnswer answer = intake.verify(who, body.text(), body.location());
        boolean mine = answer.slip() != null
                && ("VALID".equals(answer.outcome()) || "ALREADY_PRESENTED".equals(answer.outcome()));
        ctx.json(new Verified(answer, mine ? outcomes.find(who, answer.slip().slipId()).orElse(null) : null));
    }

    /** POST /console/api/referrals/{slipId}/outcome {"outcome": "INTERVIEWED"|"HIRED"|"NOT_HIRED", "reason"} */
    public void outcome(Context ctx) {
        OutcomeBody body = Bodies.read(ctx, OutcomeBody.class);
        Outcome outcome = Outcome.named(body.outcome())
                .orElseThrow(() -> new BadRequestException("outcome: INTERVIEWED, HIRED or NOT_HIRED"));
        ctx.json(outcomes.record(ConsoleAuth.principal(ctx), ctx.pathParam("slipId"), outcome, body.reason()));
    }

    /** GET /console/api/referrals: the referral slips this account may see, with their outcomes. */
    public void referrals(Context ctx) {
        ctx.json(referrals.newest(ConsoleAuth.principal(ctx)));
    }
}
