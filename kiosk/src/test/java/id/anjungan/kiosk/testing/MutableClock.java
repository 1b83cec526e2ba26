package id.anjungan.kiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test can move forward, in the kiosk's time zone (Western Indonesia). */
public final class MutableClock extends Clock {
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Nine in the morning in Jakarta on {@link TestCatalog#TODAY}. */
    public static MutableClock morningOfToday() {
        return new MutableClock(TestCatalog.TODAY.atTime(9, 0).atZone(JAKARTA).toInstant());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return JAKARTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in Jakarta");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
