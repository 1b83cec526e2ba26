package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlipTokenTest {
    private static final KioskKeyId KEY = KioskKeyId.fromHex("21fe31dfa154a261");
    private static final SlipId SLIP = SlipId.fromHex("3f9a0c7e5b21d846");
    private static final Instant ISSUED = Instant.parse("2026-12-01T02:30:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-15T17:00:00Z");

    @Test
    void dropsFractionsOfASecondBecauseTheTokenHoldsWholeSeconds() {
        SlipToken token = new SlipToken(KEY, SLIP, "v", "e", ISSUED.plusMillis(999), EXPIRES.plusNanos(1));
        assertThat(token.issuedAt()).isEqualTo(ISSUED);
        assertThat(token.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void takesIdsOfOneToSixtyFourBytesOfUtf8() {
        assertThat(token("x".repeat(64), "e").vacancyId()).hasSize(64);
        assertThat(token("v", "\u00e9".repeat(32)).employerId()).hasSize(32);
        assertThatThrownBy(() -> token("x".repeat(65), "e")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> token("v", "\u00e9".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> token("", "e")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIdWithAnUnpairedSurrogateBecauseUtf8CannotCarryIt() {
        assertThatThrownBy(() -> token("demo-\ud800", "e")).isInstanceOf(IllegalArgumentException.class);
        assertThat(token("demo-\ud83d\ude00", "e").vacancyId()).endsWith("\ud83d\ude00");
    }

    @Test
    void refusesTimesThatFourUnsignedBytesCannotHold() {
        Instant last = Instant.ofEpochSecond(SlipToken.MAX_EPOCH_SECOND);
        assertThat(new SlipToken(KEY, SLIP, "v", "e", Instant.EPOCH, last).expiresAt()).isEqualTo(last);
        assertThatThrownBy(() -> new SlipToken(KEY, SLIP, "v", "e", ISSUED, last.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlipToken(KEY, SLIP, "v", "e", Instant.EPOCH.minusSeconds(1), EXPIRES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnExpiryThatIsNotAfterTheIssue() {
        assertThatThrownBy(() -> new SlipToken(KEY, SLIP, "v", "e", ISSUED, ISSUED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isExpiredFromTheExpirySecondOn() {
        SlipToken token = token("v", "e");
        assertThat(token.isExpiredAt(EXPIRES.minusMillis(1))).isFalse();
        assertThat(token.isExpiredAt(EXPIRES)).isTrue();
    }

    private static SlipToken token(String vacancyId, String employerId) {
        return new SlipToken(KEY, SLIP, vacancyId, employerId, ISSUED, EXPIRES);
    }
}
