package id.anjungan.server.intake;

import java.time.Instant;

/**
 * What intake staff see after a scan.
 *
 * @param outcome "VALID" or the reason it was refused (MALFORMED, UNKNOWN_KIOSK, BAD_SIGNATURE,
 *     REVOKED_KIOSK, EXPIRED, WRONG_EMPLOYER, ALREADY_PRESENTED)
 * @param detail a sentence for staff
 * @param slip the slip's details, present only when its signature checked out
 * @param previouslyPresentedAt / previouslyPresentedWhere set for ALREADY_PRESENTED
 */
public record VerificationAnswer(
        String outcome,
        String detail,
        SlipDetails slip,
        String previouslyPresentedWhere,
        Instant previouslyPresentedAt) {

    public record SlipDetails(
            String slipId,
            String shortCode,
            String kioskId,
            String vacancyId,
            String vacancyTitle,
            String employerId,
            String employerName,
            Instant issuedAt,
            Instant expiresAt,
            String applicantName,
            String applicantPhone) {
    }
}
