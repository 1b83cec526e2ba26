package id.anjungan.server.kiosk;

import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.UnauthorizedException;
import java.time.Clock;

/** Turns a kiosk's bearer token into the kiosk, refusing unknown and revoked ones; records "last seen". */
public final class KioskAuthenticator {
    private final Database database;
    private final KioskStore kiosks;
    private final Clock clock;

    public KioskAuthenticator(Database database, KioskStore kiosks, Clock clock) {
        this.database = database;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    /** @param authorization the Authorization header, "Bearer &lt;token&gt;" */
    public Kiosk authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("this call needs the kiosk's bearer token");
        }
        String tokenHash = Secrets.sha256Hex(authorization.substring(7).trim());
        return database.inTransaction(c -> {
            Kiosk kiosk = kiosks.byTokenHash(c, tokenHash)
                    .orElseThrow(() -> new UnauthorizedException("unknown kiosk token"));
            if (kiosk.revoked()) {
                throw new ForbiddenException("kiosk " + kiosk.id() + " was revoked at " + kiosk.revokedAt());
            }
            kiosks.touch(c, kiosk.id(), clock.instant());
            return kiosk;
        });
    }
}
