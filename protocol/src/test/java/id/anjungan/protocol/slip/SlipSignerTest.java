package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.api.Test;

class SlipSignerTest {

    @Test
    void signsTheContextAndBodyAndAppendsTheSignature() throws Exception {
        byte[] bytes = Slips.signed();
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(Slips.KIOSK.getPublic());
        ed25519.update("ABK-SLIP-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ed25519.update(SlipTokenCodec.body(Slips.token()));
        assertThat(ed25519.verify(SlipTokenCodec.signatureOf(bytes))).isTrue();
    }

    @Test
    void givesTheSameBytesForTheSameSlipBecauseEd25519IsDeterministic() {
        assertThat(Slips.signed()).isEqualTo(Slips.signed());
    }

    @Test
    void refusesToSignASlipThatNamesAnotherKiosksKey() {
        SlipSigner other = SlipSigner.of(KioskKeys.generate());
        assertThatThrownBy(() -> other.sign(Slips.token())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Slips.SIGNER.keyId().hex());
    }

    @Test
    void refusesAPrivateKeyThatIsNotEd25519() throws Exception {
        var ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate();
        assertThatThrownBy(() -> new SlipSigner(ec, Slips.SIGNER.keyId())).isInstanceOf(IllegalArgumentException.class);
    }
}
