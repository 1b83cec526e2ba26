package id.anjungan.kiosk.sync;

import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.protocol.slip.KioskKeys;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** The kiosk's Ed25519 key pair: made on its first start, kept in its store, never sent anywhere but the public half. */
public final class KioskKeysOnDisk {
    private KioskKeysOnDisk() {
    }

    public static KeyPair loadOrCreate(IdentityStore identity, Instant now) {
        IdentityStore.StoredKeys stored = identity.keys()
                .orElseGet(() -> identity.saveKeysOnce(stored(KioskKeys.generate()), now));
        try {
            return new KeyPair(
                    KioskKeys.publicKeyFromRaw(Base64.getDecoder().decode(stored.publicKey())),
                    KeyFactory.getInstance(KioskKeys.ALGORITHM).generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.privateKey()))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the kiosk store holds a key pair this JDK cannot read", e);
        }
    }

    /** A key pair in the form the store keeps it. */
    public static IdentityStore.StoredKeys stored(KeyPair keys) {
        return new IdentityStore.StoredKeys(publicKeyText(keys),
                Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    }

    /** The raw public key in Base64, as enrolment sends it. */
    public static String publicKeyText(KeyPair keys) {
        return Base64.getEncoder().encodeToString(KioskKeys.rawPublicKey(keys.getPublic()));
    }
}
