package id.anjungan.server.kiosk;

import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.UnauthorizedException;
import java.time.Clock;

/** Turns a kiosk's bearer token into the kiosk, refusing unknown and revoked ones; remembers "last seen" (see {@link KioskLastSeen}). */
public final class KioskAuthenticator {
    private final Database database;
    private final KioskStore kiosks;
    private final Clock clock;
    private final KioskLastSeen lastSeen;

    public KioskAuthenticator(Database database, KioskStore kiosks, Clock clock, KioskLastSeen lastSeen) {
        this.database = database;
        this.kiosks = kiosks;
        this.clock = clock;
        this.lastSeen = lastSeen;
    }

    /** @param authorization the Authorization header, "Bearer &lt;token&gt;" */
    public Kiosk authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("this call needs the kiosk's bearer token");
        }
        String tokenHash = Secrets.sha256Hex(authorization.substring(7).trim());
        Kiosk kiosk = database.read(c -> kiosks.byTokenHash(c, tokenHash))
                .orElseThrow(() -> new UnauthorizedException("unknown kiosk token"));
        if (kiosk.revoked()) {
            throw new ForbiddenException("kiosk " + kiosk.id() + " was revoked at " + kiosk.revokedAt());
        }
        // Remembered in memory and written in batches: a read-only call then costs no write.
        lastSeen.seen(kiosk.id(), clock.instant());
        return kiosk;
    }
}
