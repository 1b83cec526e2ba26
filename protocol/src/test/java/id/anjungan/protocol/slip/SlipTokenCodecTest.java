package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlipTokenCodecTest {
    private static final String URL_BASE = "HTTPS://ABK.EXAMPLE.ID/S/";

    @Test
    void laysOutTheBodyFieldByFieldBigEndian() {
        SlipToken token = Slips.token();
        ByteBuffer body = ByteBuffer.wrap(SlipTokenCodec.body(token));
        assertThat(body.get()).isEqualTo((byte) 1);
        assertThat(body.getLong()).isEqualTo(token.kioskKeyId().value());
        assertThat(body.getLong()).isEqualTo(0x3f9a0c7e5b21d846L);
        assertThat(body.get()).isEqualTo((byte) 9);
        body.position(body.position() + 9);
        assertThat(body.get()).isEqualTo((byte) 20);
        body.position(body.position() + 20);
        assertThat(Integer.toUnsignedLong(body.getInt())).isEqualTo(Slips.ISSUED.getEpochSecond());
        assertThat(Integer.toUnsignedLong(body.getInt())).isEqualTo(Slips.EXPIRES.getEpochSecond());
        assertThat(body.hasRemaining()).isFalse();
    }

    @Test
    void aTypicalTokenIs120BytesAndItsTextUnder200Characters() {
        byte[] bytes = Slips.signed();
        assertThat(bytes).hasSize(120);
        assertThat(SlipTokenCodec.toText(bytes)).hasSize(185).startsWith("ABK1:");
        assertThat(SlipTokenCodec.toUrlText(URL_BASE, bytes)).hasSize(URL_BASE.length() + 192);
    }

    @Test
    void readsBackWhatItWroteInBothTextForms() throws Exception {
        byte[] bytes = Slips.signed();
        assertThat(SlipTokenCodec.fromText(SlipTokenCodec.toText(bytes))).isEqualTo(bytes);
        assertThat(SlipTokenCodec.fromText(SlipTokenCodec.toUrlText("HTTP://10.0.0.5:8080/INTAKE/S/", bytes))).isEqualTo(bytes);
        assertThat(SlipTokenCodec.fromUrlSegment(Crockford32.encode(bytes).toLowerCase())).isEqualTo(bytes);
        assertThat(SlipTokenCodec.decode(bytes)).isEqualTo(Slips.token());
    }

    @Test
    void readsTextWithSurroundingWhitespaceAndInAnyLetterCase() throws Exception {
        byte[] bytes = Slips.signed();
        assertThat(SlipTokenCodec.fromText("\t " + SlipTokenCodec.toText(bytes).toLowerCase() + " \r\n")).isEqualTo(bytes);
        assertThat(SlipTokenCodec.fromText(" " + SlipTokenCodec.toUrlText(URL_BASE, bytes).toLowerCase() + "\n")).isEqualTo(bytes);
    }

    @Test
    void splitsAnAcceptedTokenIntoBodyAndSignature() {
        byte[] bytes = Slips.signed();
        assertThat(SlipTokenCodec.bodyOf(bytes)).isEqualTo(SlipTokenCodec.body(Slips.token()));
        assertThat(SlipTokenCodec.signatureOf(bytes)).hasSize(64).isEqualTo(Arrays.copyOfRange(bytes, 56, 120));
        assertThat(new String(SlipTokenCodec.signedMessage(new byte[] {'!'}), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("ABK-SLIP-v1!");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                    // nothing
        "02",                                  // another version
        "0121fe31dfa154a261",                  // ends inside the slip id
        "0121fe31dfa154a2613f9a0c7e5b21d84600", // vacancy id of length 0
        "0121fe31dfa154a2613f9a0c7e5b21d84641", // vacancy id of length 65
        "0121fe31dfa154a2613f9a0c7e5b21d84602c0af01650000000000000001", // overlong UTF-8
    })
    void refusesBrokenBodies(String hex) {
        assertThatThrownBy(() -> SlipTokenCodec.decode(HexFormat.of().parseHex(hex))).isInstanceOf(SlipFormatException.class);
    }

    @Test
    void refusesAMissingOrOverlongSignature() {
        byte[] bytes = Slips.signed();
        assertThatThrownBy(() -> SlipTokenCodec.decode(Arrays.copyOf(bytes, 119)))
                .isInstanceOf(SlipFormatException.class).hasMessageContaining("63 bytes");
        assertThatThrownBy(() -> SlipTokenCodec.decode(Arrays.copyOf(bytes, 121)))
                .isInstanceOf(SlipFormatException.class).hasMessageContaining("65 bytes");
        assertThatThrownBy(() -> SlipTokenCodec.decode(SlipTokenCodec.body(Slips.token())))
                .isInstanceOf(SlipFormatException.class);
    }

    @Test
    void refusesAnExpiryBeforeTheIssueAsMalformed() {
        byte[] bytes = Slips.signed();
        ByteBuffer.wrap(bytes).putInt(52, 0);
        assertThatThrownBy(() -> SlipTokenCodec.decode(bytes)).isInstanceOf(SlipFormatException.class)
                .hasMessageContaining("not after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ABK1", "ABK2:BB8", "BB8", "ABK1:BB8\u00a0", "ABK1:\u0130BB", "ABK1:B\tB8",
        "HTTPS://ABK.EXAMPLE.ID/S/", "HTTPS://ABK.EXAMPLE.ID/S/0U", "HTTPS://ABK.EXAMPLE.ID/S/0?X=1", "FTP://X/S/00"})
    void refusesTextInNeitherForm(String text) {
        assertThatThrownBy(() -> SlipTokenCodec.fromText(text)).isInstanceOf(SlipFormatException.class);
    }

    @Test
    void refusesNoTextAndOverlongText() {
        assertThatThrownBy(() -> SlipTokenCodec.fromText(null)).isInstanceOf(SlipFormatException.class);
        assertThatThrownBy(() -> SlipTokenCodec.fromText("ABK1:" + "0".repeat(999))).isInstanceOf(SlipFormatException.class)
                .hasMessageContaining("1004 characters");
        assertThatThrownBy(() -> SlipTokenCodec.fromUrlSegment(null)).isInstanceOf(SlipFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://abk.example.id/s/", "HTTPS://ABK.EXAMPLE.ID/S", "HTTPS://ABK EXAMPLE.ID/S/",
        "HTTPS://ABK.EXAMPLE.ID/%53/", "ABK.EXAMPLE.ID/S/", "HTTPS://ABK.EXAMPLE.ID/S?T=/"})
    void refusesAnIntakeUrlBaseThatWouldLeaveQrAlphanumericModeOrBreakTheUrl(String base) {
        assertThatThrownBy(() -> SlipTokenCodec.toUrlText(base, Slips.signed())).isInstanceOf(IllegalArgumentException.class);
    }
}
