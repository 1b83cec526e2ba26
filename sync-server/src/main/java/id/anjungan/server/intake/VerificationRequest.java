package id.anjungan.server.intake;

/**
 * A slip scanned at an intake desk.
 *
 * @param text the QR text as scanned or typed
 * @param employerId the employer at this desk, or null to accept a slip for any employer
 * @param location where the slip was presented, e.g. "Pos Satpam Gerbang 2"
 */
public record VerificationRequest(String text, String employerId, String location) {
}
