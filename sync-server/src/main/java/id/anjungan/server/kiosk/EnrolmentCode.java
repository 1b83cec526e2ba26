package id.anjungan.server.kiosk;

import java.time.Instant;

/** A freshly created enrolment code; its plain text is shown once, only its hash is stored. */
public record EnrolmentCode(String code, String centreId, Instant expiresAt) {
}
