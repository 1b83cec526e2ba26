package id.anjungan.server.intake;

import java.time.Instant;

/** The outcome of one referral as last recorded; the audit log keeps every earlier one. */
public record RecordedOutcome(String slipId, Outcome outcome, String reason, Instant recordedAt, String recordedBy) {
}
