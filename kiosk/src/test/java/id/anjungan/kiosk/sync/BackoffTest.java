package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysGrowExponentiallyButNeverPassTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(7));

        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            delays.add(backoff.next());
        }

        assertThat(delays.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(500), Duration.ofMinutes(2)));
        assertThat(delays.subList(20, 30).stream().mapToLong(Duration::toMillis).average().orElseThrow())
                .isGreaterThan(Duration.ofSeconds(20).toMillis());
    }

    @Test
    void kiosksReconnectingAfterTheSameOutageAreSpreadOutNotSynchronised() {
        List<Long> thirdDelays = new ArrayList<>();
        for (int kiosk = 0; kiosk < 200; kiosk++) {
            Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(2),
                    new SplittableRandom(kiosk));
            backoff.next();
            backoff.next();
            thirdDelays.add(backoff.next().toMillis());
        }

        assertThat(thirdDelays.stream().distinct().count()).isGreaterThan(150);
        assertThat(thirdDelays.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(2_000);
        assertThat(thirdDelays.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(6_000);
    }

    @Test
    void aSuccessfulConnectionStartsTheNextFailureSmallAgain() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(2), new SplittableRandom(1));
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }

        backoff.reset();

        assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}
