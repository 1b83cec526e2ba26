package id.anjungan.kiosk.testing;

import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.sync.Backoff;
import id.anjungan.kiosk.sync.KioskApiClient;
import id.anjungan.kiosk.sync.KioskSync;
import id.anjungan.protocol.kiosk.PrinterState;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/** The kiosk's real sync client against a test server, started as the app starts it but with quick reconnects. */
public final class TestSync {
    private TestSync() {
    }

    /**
     * @param enrolmentCode a code to enrol with by itself, or null to wait for staff
     * @param outboxLength what the heartbeat reports as the outbox's length
     */
    public static KioskSync start(KioskStore store, TestServer server, Clock clock, String enrolmentCode,
                                  IntSupplier outboxLength) {
        HttpClient http = HttpClient.newHttpClient();
        KioskSync sync = new KioskSync(store, new KioskApiClient(server.baseUri(), http), http, clock, Runnable::run,
                "test", Optional.ofNullable(enrolmentCode), outboxLength, () -> PrinterState.READY,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500), new SplittableRandom(3)));
        sync.start();
        return sync;
    }
}
