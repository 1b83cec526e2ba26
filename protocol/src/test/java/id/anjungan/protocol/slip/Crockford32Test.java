package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Crockford32Test {

    @Test
    void encodesFiveBitsACharacterMostSignificantFirst() {
        assertThat(Crockford32.encode(HexFormat.of().parseHex("0000000000"))).isEqualTo("00000000");
        assertThat(Crockford32.encode(HexFormat.of().parseHex("ffffffffff"))).isEqualTo("ZZZZZZZZ");
        assertThat(Crockford32.encode(HexFormat.of().parseHex("0842108421"))).isEqualTo("11111111");
        assertThat(Crockford32.encode(new byte[] {(byte) 0xF8})).isEqualTo("Z0");
    }

    @Test
    void roundTripsRandomBytesOfEveryLength() throws Exception {
        Random random = new Random(32);
        for (int length = 0; length < 300; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(Crockford32.decode(Crockford32.encode(data))).isEqualTo(data);
        }
    }

    @Test
    void readsLowerCaseAndTheLettersPeopleTypeForZeroAndOne() throws Exception {
        assertThat(Crockford32.decode("oOiIlL11")).isEqualTo(Crockford32.decode("00111111"));
        assertThat(Crockford32.decode("zw")).isEqualTo(new byte[] {(byte) 0xFF});
    }

    @Test
    void neverUsesTheAmbiguousLetters() {
        assertThat(Crockford32.ALPHABET).doesNotContain("I", "L", "O", "U").hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "000000", "U0", "Z1", "00-0", "\u00d8\u00d8"})
    void refusesTextThatNoBytesEncodeTo(String text) {
        assertThatThrownBy(() -> Crockford32.decode(text)).isInstanceOf(SlipFormatException.class);
    }
}
