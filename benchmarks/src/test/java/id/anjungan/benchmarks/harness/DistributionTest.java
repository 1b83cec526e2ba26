package id.anjungan.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistributionTest {
    @Test
    void nearestRankPercentilesInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        Distribution d = Distribution.ofNanos(nanos, 100);

        assertThat(d.count()).isEqualTo(100);
        assertThat(d.p50()).isEqualTo(50.0);
        assertThat(d.p95()).isEqualTo(95.0);
        assertThat(d.p99()).isEqualTo(99.0);
        assertThat(d.max()).isEqualTo(100.0);
    }
}
