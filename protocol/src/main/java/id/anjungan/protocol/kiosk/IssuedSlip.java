package id.anjungan.protocol.kiosk;

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
    public IssuedSlip {
        Objects.requireNonNull(slipId, "slipId");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
