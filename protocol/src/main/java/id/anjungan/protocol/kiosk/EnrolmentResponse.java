package id.anjungan.protocol.kiosk;

/**
 * The server's answer to an accepted enrolment.
 *
 * @param token the bearer token for every later call; the server keeps only its hash
 */
public record EnrolmentResponse(String kioskId, String centreId, String token) {
}
