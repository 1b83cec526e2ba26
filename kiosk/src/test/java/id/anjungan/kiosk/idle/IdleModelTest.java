package id.anjungan.kiosk.idle;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleModelTest {
    private final MutableClock clock = MutableClock.morningOfToday();
    private int resets;
    private final IdleModel model = new IdleModel(clock, Duration.ofSeconds(60), new Messages(Language.INDONESIAN),
            () -> resets++);

    @Test
    void asksAfterTheIdleTimeCountsDownAndResets() {
        clock.advance(Duration.ofSeconds(59));
        model.tick();
        assertThat(model.askingProperty().get()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.askingProperty().get()).isTrue();
        assertThat(model.countdownTextProperty().get()).isEqualTo("Kembali ke awal dalam 10 detik");

        clock.advance(Duration.ofSeconds(7));
        model.tick();
        assertThat(model.countdownTextProperty().get()).isEqualTo("Kembali ke awal dalam 3 detik");
        assertThat(resets).isZero();

        clock.advance(Duration.ofSeconds(3));
        model.tick();
        assertThat(resets).isEqualTo(1);
        assertThat(model.askingProperty().get()).isFalse();
    }

    @Test
    void aTouchOrCarryingOnStartsAgain() {
        clock.advance(Duration.ofSeconds(65));
        model.tick();
        model.carryOn();
        assertThat(model.askingProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        model.touched();
        clock.advance(Duration.ofSeconds(59));
        model.tick();
        assertThat(model.askingProperty().get()).isFalse();
        assertThat(resets).isZero();
    }

    @Test
    void waitsWhileDisarmed() {
        model.setArmed(false);
        clock.advance(Duration.ofMinutes(10));
        model.tick();
        assertThat(model.askingProperty().get()).isFalse();
        assertThat(resets).isZero();
    }
}
