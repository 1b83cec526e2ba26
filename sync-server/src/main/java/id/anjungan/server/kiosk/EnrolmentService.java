package id.anjungan.server.kiosk;

import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;

/** One-time enrolment codes, and kiosks joining a centre's fleet with one. */
public final class EnrolmentService {
    private final Database database;
    private final KioskStore kiosks;
    private final ReferenceStore reference;
    private final Clock clock;
    private final Consumer<String> afterRevocation;

    /**
     * @param afterRevocation told the id of each kiosk once its revocation is committed, e.g. to
     *                        close its open streams
     */
    public EnrolmentService(Database database, KioskStore kiosks, ReferenceStore reference, Clock clock,
                            Consumer<String> afterRevocation) {
        this.database = database;
        this.kiosks = kiosks;
        this.reference = reference;
        this.clock = clock;
        this.afterRevocation = afterRevocation;
    }

    /** Creates a code a kiosk of this centre can enrol with once, within the validity. */
    public EnrolmentCode createCode(String centreId, Duration validity) {
        return createCode(centreId, validity, c -> {
        });
    }

    /** {@link #createCode(String, Duration)}, with work of the caller's (an audit entry) in the same transaction. */
    public EnrolmentCode createCode(String centreId, Duration validity, Database.SqlAction alsoInTransaction) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(30)) > 0) {
            throw new BadRequestException("an enrolment code is valid for up to 30 days, asked " + validity);
        }
        String code = Secrets.newEnrolmentCode();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        database.transact(c -> {
            if (reference.centre(c, centreId).isEmpty()) {
                throw new NotFoundException("training centre", centreId);
            }
            kiosks.insertCode(c, Secrets.sha256Hex(Secrets.normaliseCode(code)), centreId, now, expires);
            alsoInTransaction.run(c);
        });
        return new EnrolmentCode(code, centreId, expires);
    }

    public EnrolmentResponse enrol(EnrolmentRequest request) {
        if (request == null || request.code() == null || request.code().isBlank()) {
            throw new BadRequestException("an enrolment needs the code staff created for the centre");
        }
        byte[] publicKey = decodePublicKey(request.publicKey());
        String kioskId = "kiosk-" + Secrets.newEnrolmentCode().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        String token = Secrets.newToken();
        Instant now = clock.instant();
        String centreId = database.inTransaction(c -> {
            String centre = kiosks.redeemCode(c, Secrets.sha256Hex(Secrets.normaliseCode(request.code())), kioskId, now)
                    .orElseThrow(() -> new ForbiddenException("enrolment code is unknown, already used or expired"));
            String keyId = keyId(publicKey);
            var existing = kiosks.byKeyId(c, keyId);
            if (existing.isPresent()) {
                throw new ForbiddenException("this key is already enrolled as kiosk " + existing.get().id()
                        + "; a kiosk that was revoked enrols again with a new key");
            }
            Kiosk kiosk = new Kiosk(kioskId, centre, Base64.getEncoder().encodeToString(publicKey), keyId, now, null);
            kiosks.insertKiosk(c, kiosk, Secrets.sha256Hex(token));
            return centre;
        });
        return new EnrolmentResponse(kioskId, centreId, token);
    }

    public void revoke(String kioskId) {
        revoke(kioskId, (c, kiosk) -> {
        });
    }

    /** Work that belongs in a revocation's transaction: a permission check on the kiosk, an audit entry. */
    @FunctionalInterface
    public interface KioskHook {
        void run(java.sql.Connection c, Kiosk kiosk) throws java.sql.SQLException;
    }

    /** {@link #revoke(String)}, with work of the caller's in the same transaction; a throw rolls back. */
    public void revoke(String kioskId, KioskHook hook) {
        database.transact(c -> {
            Kiosk kiosk = kiosks.byId(c, kioskId).orElseThrow(() -> new NotFoundException("kiosk", kioskId));
            hook.run(c, kiosk);
            kiosks.revoke(c, kioskId, clock.instant());
        });
        afterRevocation.accept(kioskId);
    }

    /** The key id printed into slips (see the slip token spec), in hex. */
    static String keyId(byte[] publicKey) {
        return KioskKeys.keyId(KioskKeys.publicKeyFromRaw(publicKey)).hex();
    }

    private static byte[] decodePublicKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("publicKey is not Base64: " + e.getMessage());
        }
        if (key.length != KioskKeys.RAW_KEY_LENGTH) {
            throw new BadRequestException("publicKey must be a raw Ed25519 key of 32 bytes, got " + key.length);
        }
        try {
            KioskKeys.publicKeyFromRaw(key);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("publicKey is not an Ed25519 key: " + e.getMessage());
        }
        return key;
    }
}
