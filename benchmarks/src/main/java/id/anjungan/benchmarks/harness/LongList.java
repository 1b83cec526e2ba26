package id.anjungan.benchmarks.harness;

import java.util.Arrays;

/** A growable array of longs, for collecting durations without boxing. */
public final class LongList {
    private long[] values = new long[1024];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public Distribution distribution() {
        return Distribution.ofNanos(values, size);
    }
}
