package id.anjungan.server.console.web;

import id.anjungan.server.intake.RecordedOutcome;
import id.anjungan.server.intake.VerificationAnswer;

/**
 * What the intake page shows after a scan: the verdict, or the problem that kept a verdict from
 * being made (nothing scanned, a photo without a readable QR code).
 *
 * @param problem null, "empty", "noPhoto", "photoTooLarge" or "unreadablePhoto"
 * @param outcome the outcome recorded so far, when this desk may record one
 */
public record IntakeScan(VerificationAnswer answer, String problem, RecordedOutcome outcome, boolean mayRecord) {

    public static IntakeScan problem(String problem) {
        return new IntakeScan(null, problem, null, false);
    }

    public boolean valid() {
        return answer != null && "VALID".equals(answer.outcome());
    }

    /** Green for genuine, amber for a genuine slip shown before, red for everything refused. */
    public String tone() {
        if (answer == null) {
            return "warn";
        }
        return switch (answer.outcome()) {
            case "VALID" -> "ok";
            case "ALREADY_PRESENTED" -> "warn";
            default -> "bad";
        };
    }

    /** The job seeker's name and phone go only to the desk of the employer the slip is for. */
    public boolean showsApplicant() {
        return mayRecord;
    }

    /** Why, in a plain sentence. */
    public String why(Messages t) {
        if (answer == null) {
            return t.t("intake.problem." + problem);
        }
        var slip = answer.slip();
        return switch (answer.outcome()) {
            case "EXPIRED" -> t.t("intake.why.EXPIRED", t.dateTime(slip.expiresAt()));
            case "WRONG_EMPLOYER" -> t.t("intake.why.WRONG_EMPLOYER",
                    slip.employerName() == null ? slip.employerId() : slip.employerName());
            case "ALREADY_PRESENTED" -> t.t("intake.why.ALREADY_PRESENTED", answer.previouslyPresentedWhere(),
                    t.dateTime(answer.previouslyPresentedAt()));
            default -> t.t("intake.why." + answer.outcome());
        };
    }
}
