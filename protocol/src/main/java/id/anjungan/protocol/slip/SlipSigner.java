package id.anjungan.protocol.slip;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Objects;

/** Signs slip tokens with one kiosk's Ed25519 private key. Thread-safe. */
public final class SlipSigner {
    private final PrivateKey privateKey;
    private final KioskKeyId keyId;

    /** @param keyId the id of the public key that goes with {@code privateKey} */
    public SlipSigner(PrivateKey privateKey, KioskKeyId keyId) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        try {
            Signature.getInstance(KioskKeys.ALGORITHM).initSign(privateKey);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    public static SlipSigner of(KeyPair keyPair) {
        return new SlipSigner(keyPair.getPrivate(), KioskKeys.keyId(keyPair.getPublic()));
    }

    public KioskKeyId keyId() {
        return keyId;
    }

    /** The whole token: body, then the 64-byte signature. */
    public byte[] sign(SlipToken token) {
        if (!token.kioskKeyId().equals(keyId)) {
            throw new IllegalArgumentException("token names key " + token.kioskKeyId() + ", this signer holds " + keyId);
        }
        byte[] body = SlipTokenCodec.body(token);
        try {
            Signature signature = Signature.getInstance(KioskKeys.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(SlipTokenCodec.signedMessage(body));
            byte[] signed = signature.sign();
            byte[] out = Arrays.copyOf(body, body.length + signed.length);
            System.arraycopy(signed, 0, out, body.length, signed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
