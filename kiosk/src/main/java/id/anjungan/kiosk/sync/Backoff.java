package id.anjungan.kiosk.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays that grow exponentially and are spread by "full jitter": each delay is drawn
 * uniformly between a floor and the current ceiling. A restarted server is then met by kiosks
 * arriving spread over time rather than all in the same second.
 */
public final class Backoff {
    private final Duration floor;
    private final Duration first;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration floor, Duration first, Duration cap, RandomGenerator random) {
        if (floor.compareTo(first) > 0 || first.compareTo(cap) > 0) {
            throw new IllegalArgumentException("need floor <= first <= cap");
        }
        this.floor = floor;
        this.first = first;
        this.cap = cap;
        this.random = random;
    }

    /** 0.5 s to 2 s at first, growing to at most 2 minutes. */
    public static Backoff forReconnects() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(2), RandomGenerator.getDefault());
    }

    /** The delay before the next attempt; each call counts one more failure. */
    public Duration next() {
        long ceiling = Math.min(cap.toMillis(), first.toMillis() << Math.min(failures, 20));
        failures++;
        long lower = floor.toMillis();
        return Duration.ofMillis(lower + (ceiling > lower ? random.nextLong(ceiling - lower + 1) : 0));
    }

    /** A connection worked: the next failure starts small again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
