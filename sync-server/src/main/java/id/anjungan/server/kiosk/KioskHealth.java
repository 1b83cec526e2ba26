package id.anjungan.server.kiosk;

import java.time.Instant;

/** What a kiosk last told the server about itself; "last seen" comes only from calls the kiosk made. */
public record KioskHealth(Instant lastSeenAt, String appVersion, Long cursorSeq, Integer outboxLength,
                          String printerState, Instant kioskClock) {
}
