package id.anjungan.server.kiosk;

import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.server.db.Database;
import java.time.Clock;

/** A kiosk's reports about itself. */
public final class KioskService {
    private final Database database;
    private final KioskStore kiosks;
    private final Clock clock;
    private final KioskLastSeen lastSeen;

    public KioskService(Database database, KioskStore kiosks, Clock clock, KioskLastSeen lastSeen) {
        this.database = database;
        this.kiosks = kiosks;
        this.clock = clock;
        this.lastSeen = lastSeen;
    }

    public void heartbeat(Kiosk kiosk, Heartbeat beat) {
        database.transact(c -> kiosks.recordHeartbeat(c, kiosk.id(), beat, clock.instant()));
    }

    public KioskHealth health(String kioskId) {
        lastSeen.flush();
        return database.read(c -> kiosks.health(c, kioskId))
                .orElseThrow(() -> new id.anjungan.server.error.NotFoundException("kiosk", kioskId));
    }
}
