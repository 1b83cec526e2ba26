package id.anjungan.protocol.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A referral slip issued on a kiosk, uploaded from its outbox. Name and phone are present only when
 * the job seeker chose to give them.
 *
 * @param slipId the slip's own id, which makes a repeated upload harmless
 * @param qrText the signed token as printed in the QR
 */
public record IssuedSlip(
        String slipId,
        String vacancyId,
        String employerId,
        Instant issuedAt,
        Instant expiresAt,
        String qrText,
        String applicantName,
        String applicantPhone) {
    /**
     * How long the kiosk and the server keep a slip's name and phone: the six months the kiosk tells
     * the job seeker beside those fields, rounded up to whole days. Not a setting: a deployment must
     * not quietly keep them longer than the kiosk says.
     */
    public static final Duration APPLICANT_KEPT_FOR = Duration.ofDays(183);

    public IssuedSlip {
        Objects.requireNonNull(slipId, "slipId");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The same slip without the job seeker's name and phone. */
    public IssuedSlip withoutApplicant() {
        return new IssuedSlip(slipId, vacancyId, employerId, issuedAt, expiresAt, qrText, null, null);
    }
}
