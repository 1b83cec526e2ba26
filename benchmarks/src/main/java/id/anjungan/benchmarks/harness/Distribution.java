package id.anjungan.benchmarks.harness;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles (nearest rank) of a set of durations in nanoseconds, printed in milliseconds. */
public record Distribution(int count, double p50, double p95, double p99, double max, double mean) {
    public static Distribution ofNanos(long[] nanos, int count) {
        if (count == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Distribution(count, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)), ms(rank(sorted, 0.99)),
                ms(sorted[count - 1]), sum / count / 1e6);
    }

    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d  p50=%.0f ms  p95=%.0f ms  p99=%.0f ms  max=%.0f ms  mean=%.0f ms",
                count, p50, p95, p99, max, mean);
    }
}
