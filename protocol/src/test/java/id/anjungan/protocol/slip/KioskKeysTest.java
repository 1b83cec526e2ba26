package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KioskKeysTest {
    // RFC 8032, section 7.1, TEST 1.
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] PUBLIC = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final String EMPTY_MESSAGE_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    @Test
    void aKeyFromAFixedSeedSignsExactlyAsRfc8032Says() throws Exception {
        PrivateKey privateKey = KioskKeys.privateKeyFromSeed(SEED);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        assertThat(HEX.formatHex(signer.sign())).isEqualTo(EMPTY_MESSAGE_SIGNATURE);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KioskKeys.publicKeyFromRaw(PUBLIC));
        verifier.update(new byte[0]); // JDK 17 verifies a never-updated Signature as false
        assertThat(verifier.verify(HEX.parseHex(EMPTY_MESSAGE_SIGNATURE))).isTrue();
    }

    @Test
    void theRawPublicKeyRoundTripsThroughTheJdkKey() {
        PublicKey publicKey = KioskKeys.publicKeyFromRaw(PUBLIC);
        assertThat(KioskKeys.rawPublicKey(publicKey)).isEqualTo(PUBLIC);
        KeyPair generated = KioskKeys.generate();
        byte[] raw = KioskKeys.rawPublicKey(generated.getPublic());
        assertThat(KioskKeys.publicKeyFromRaw(raw)).isEqualTo(generated.getPublic());
    }

    @Test
    void theKeyIdIsTheFirstEightBytesOfTheSha256OfTheRawKey() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(PUBLIC);
        assertThat(KioskKeys.keyId(KioskKeys.publicKeyFromRaw(PUBLIC)).hex())
                .isEqualTo(HEX.formatHex(digest, 0, 8));
    }

    @Test
    void refusesKeysOfTheWrongSizeOrKind() throws Exception {
        assertThatThrownBy(() -> KioskKeys.publicKeyFromRaw(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KioskKeys.privateKeyFromSeed(new byte[33])).isInstanceOf(IllegalArgumentException.class);
        PublicKey ec = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
        assertThatThrownBy(() -> KioskKeys.rawPublicKey(ec)).isInstanceOf(IllegalArgumentException.class);
    }
}
