package id.anjungan.protocol.slip;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a scanned slip, in this order, stopping at the first failure: well-formed, known kiosk,
 * signature, kiosk not revoked, not expired, for the expected employer, not presented before.
 * It only reads the ledger; whoever accepts the slip records the presentation.
 */
public final class SlipVerifier {
    private final KioskKeyDirectory keys;
    private final PresentationLedger ledger;

    public SlipVerifier(KioskKeyDirectory keys, PresentationLedger ledger) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * @param qrText the QR's text in either form, as scanned or typed
     * @param at the verification time
     * @param expectedEmployerId the employer at this intake desk, or null to accept any employer
     */
    public SlipVerdict verify(String qrText, Instant at, String expectedEmployerId) {
        Objects.requireNonNull(at, "at");
        byte[] bytes;
        SlipToken token;
        try {
            bytes = SlipTokenCodec.fromText(qrText);
            token = SlipTokenCodec.decode(bytes);
        } catch (SlipFormatException e) {
            return SlipVerdict.refused(SlipRejection.MALFORMED, "not a referral slip: " + e.getMessage());
        }
        Optional<KioskKey> found = keys.find(token.kioskKeyId());
        if (found.isEmpty()) {
            return SlipVerdict.refused(SlipRejection.UNKNOWN_KIOSK, "no kiosk has key " + token.kioskKeyId());
        }
        KioskKey kiosk = found.get();
        if (!signatureMatches(bytes, kiosk)) {
            return SlipVerdict.refused(SlipRejection.BAD_SIGNATURE,
                    "the signature does not match key " + token.kioskKeyId() + " of kiosk " + kiosk.kioskId());
        }
        String kioskId = kiosk.kioskId();
        if (kiosk.revoked()) {
            return SlipVerdict.refused(SlipRejection.REVOKED_KIOSK, "kiosk " + kioskId + " is revoked", token, kioskId);
        }
        if (token.isExpiredAt(at)) {
            return SlipVerdict.refused(SlipRejection.EXPIRED,
                    "slip " + token.shortCode() + " expired at " + token.expiresAt(), token, kioskId);
        }
        if (expectedEmployerId != null && !expectedEmployerId.equals(token.employerId())) {
            return SlipVerdict.refused(SlipRejection.WRONG_EMPLOYER,
                    "slip " + token.shortCode() + " is for employer " + token.employerId() + ", not " + expectedEmployerId,
                    token, kioskId);
        }
        Optional<Presentation> previous = ledger.previous(token.slipId());
        if (previous.isPresent()) {
            return SlipVerdict.alreadyPresented(token, kioskId, previous.get());
        }
        return SlipVerdict.valid(token, kioskId);
    }

    private static boolean signatureMatches(byte[] tokenBytes, KioskKey kiosk) {
        try {
            Signature signature = Signature.getInstance(KioskKeys.ALGORITHM);
            signature.initVerify(kiosk.publicKey());
            signature.update(SlipTokenCodec.signedMessage(SlipTokenCodec.bodyOf(tokenBytes)));
            return signature.verify(SlipTokenCodec.signatureOf(tokenBytes));
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("kiosk " + kiosk.kioskId() + " has no usable Ed25519 key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }
}
