package id.anjungan.kiosk.idle;

import id.anjungan.kiosk.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Watches for a kiosk nobody touches: after the idle time it asks "Masih di sana?" with a
 * countdown; a touch (or "Ya, lanjutkan") carries on, and at the end of the countdown the kiosk
 * resets for the next job seeker. Only armed while a job seeker uses the kiosk (not on the attract
 * screen). Driven by {@link #tick()} (every second in the app), tested without the FX thread.
 */
public final class IdleModel {
    public static final Duration COUNTDOWN = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration idleAfter;
    private final Messages messages;
    private final Runnable reset;
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper countdownText = new ReadOnlyStringWrapper("");
    private Instant lastTouch;
    private boolean armed = true;
    private long secondsLeft;

    /**
     * @param reset what happens at the end of the countdown: the app's reset for the next job seeker
     */
    public IdleModel(Clock clock, Duration idleAfter, Messages messages, Runnable reset) {
        this.clock = clock;
        this.idleAfter = Objects.requireNonNull(idleAfter, "idleAfter");
        this.messages = messages;
        this.reset = reset;
        this.lastTouch = clock.instant();
        messages.languageProperty().addListener((observable, old, language) -> showCountdown());
    }

    /** Someone touched the screen: they are still there. */
    public void touched() {
        lastTouch = clock.instant();
        asking.set(false);
    }

    /** "Ya, lanjutkan". */
    public void carryOn() {
        touched();
    }

    /** Whether to watch at all: not while the attract screen (or the staff panel) shows. */
    public void setArmed(boolean armed) {
        this.armed = armed;
        touched();
    }

    /** Looks at the clock: asks, counts down, or resets. */
    public void tick() {
        if (!armed) {
            return;
        }
        Duration untouched = Duration.between(lastTouch, clock.instant());
        if (untouched.compareTo(idleAfter.plus(COUNTDOWN)) >= 0) {
            asking.set(false);
            lastTouch = clock.instant();
            reset.run();
        } else if (untouched.compareTo(idleAfter) >= 0) {
            Duration left = idleAfter.plus(COUNTDOWN).minus(untouched);
            secondsLeft = (left.toMillis() + 999) / 1000;
            showCountdown();
            asking.set(true);
        }
    }

    private void showCountdown() {
        countdownText.set(messages.text("idle.countdown", secondsLeft));
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }
}
