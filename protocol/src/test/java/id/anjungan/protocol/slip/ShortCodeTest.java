package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortCodeTest {
    private static final SlipId SLIP = SlipId.fromHex("9d7f2c41e8a05b36");

    @Test
    void isTheFirstFortyBitsOfTheSlipIdInTwoGroupsOfFour() {
        assertThat(ShortCode.of(SLIP)).isEqualTo("KNZJ-RGF8").isEqualTo(SLIP.shortCode());
        assertThat(ShortCode.of(SlipId.fromHex("9d7f2c41e8ffffff"))).isEqualTo("KNZJ-RGF8");
    }

    @Test
    void acceptsTheCodeAsPeopleTypeIt() throws Exception {
        assertThat(ShortCode.normalize(" knzj rgf8 ")).isEqualTo("KNZJ-RGF8");
        assertThat(ShortCode.matches(SlipId.fromHex("0000000000000000"), "OOOO-oooo")).isTrue();
        assertThat(ShortCode.matches(SlipId.fromHex("0842108421000000"), "IiLl-1111")).isTrue();
        assertThat(ShortCode.matches(SLIP, "KNZJ-RGF9")).isFalse();
    }

    @Test
    void refusesCodesOfTheWrongLengthOrWithForeignLetters() {
        assertThatThrownBy(() -> ShortCode.normalize("KNZJ-RGF")).isInstanceOf(SlipFormatException.class);
        assertThatThrownBy(() -> ShortCode.normalize("KNZJ-RGFU")).isInstanceOf(SlipFormatException.class);
        assertThat(ShortCode.matches(SLIP, "")).isFalse();
    }
}
