package id.anjungan.protocol.kiosk;

import id.anjungan.protocol.sync.SyncCursor;
import java.time.Instant;

/**
 * A kiosk's periodic report of its health.
 *
 * @param cursor how far it has applied the change log, or null before its first snapshot
 * @param outboxLength referral slips issued but not yet acknowledged by the server
 * @param kioskClock the kiosk's own clock, so staff can see a kiosk whose clock drifts
 */
public record Heartbeat(String appVersion, SyncCursor cursor, int outboxLength, PrinterState printerState, Instant kioskClock) {
}
