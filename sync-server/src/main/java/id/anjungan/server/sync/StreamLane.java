package id.anjungan.server.sync;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One stream's writes, run one after another in the order given, on a shared pool: a servlet output
 * stream is not safe for two writers, and a stream's events must arrive in log order.
 */
final class StreamLane {
    private final Executor pool;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile long busySinceNanos;

    StreamLane(Executor pool) {
        this.pool = pool;
    }

    void submit(Runnable write) {
        pending.incrementAndGet();
        queue.add(write);
        schedule();
    }

    /** Whether a write is queued or under way. */
    boolean busy() {
        return pending.get() > 0;
    }

    /** When the write under way started (System.nanoTime), 0 when none is. */
    long busySinceNanos() {
        return busySinceNanos;
    }

    private void schedule() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable next;
            while ((next = queue.poll()) != null) {
                busySinceNanos = System.nanoTime();
                try {
                    next.run();
                } finally {
                    busySinceNanos = 0;
                    pending.decrementAndGet();
                }
            }
        } finally {
            draining.set(false);
        }
        // A write submitted between the last poll and releasing the lane must not be left behind.
        schedule();
    }
}
