package id.anjungan.protocol.kiosk;

/**
 * A kiosk asks to join a centre's fleet.
 *
 * @param code the one-time enrolment code staff created for the centre
 * @param publicKey the kiosk's Ed25519 public key, the raw 32 bytes in Base64
 */
public record EnrolmentRequest(String code, String publicKey, String appVersion) {
}
