package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void encodesAndDecodesTheRfcExamples(String plain, String encoded) throws Exception {
        assertThat(Base45.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base45.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void encodesNothingAsNothing() throws Exception {
        assertThat(Base45.encode(new byte[0])).isEmpty();
        assertThat(Base45.decode("")).isEmpty();
    }

    @Test
    void roundTripsRandomBytesOfEveryLength() throws Exception {
        Random random = new Random(45);
        for (int length = 0; length < 300; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(Base45.decode(Base45.encode(data))).isEqualTo(data);
        }
    }

    @Test
    void encodesTheExtremeValues() throws Exception {
        assertThat(Base45.encode(new byte[] {(byte) 0xFF, (byte) 0xFF})).isEqualTo("FGW");
        assertThat(Base45.encode(new byte[] {(byte) 0xFF})).isEqualTo("U5");
        assertThat(Base45.encode(new byte[] {0, 0})).isEqualTo("000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GGW", ":::", "V5", "::", "A", "BB8A", "bb8", "BB8=", "BB\u00c8"})
    void refusesTextThatNoBytesEncodeTo(String text) {
        assertThatThrownBy(() -> Base45.decode(text)).isInstanceOf(SlipFormatException.class);
    }
}
