package id.anjungan.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamLaneTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aLanesWritesRunOneAtATimeInTheOrderTheyWereGiven() throws Exception {
        StreamLane lane = new StreamLane(pool);
        List<Integer> written = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1_000);
        int[] running = {0};
        boolean[] overlapped = {false};

        for (int i = 0; i < 1_000; i++) {
            int n = i;
            lane.submit(() -> {
                synchronized (running) {
                    overlapped[0] |= ++running[0] > 1;
                }
                written.add(n);
                synchronized (running) {
                    running[0]--;
                }
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 1_000).boxed().toList());
        assertThat(overlapped[0]).isFalse();
        waitUntilIdle(lane);
        assertThat(lane.busy()).isFalse();
        assertThat(lane.busySinceNanos()).isZero();
    }

    @Test
    void aStreamStuckInAWriteHoldsUpOnlyItselfAndShowsSinceWhenItIsStuck() throws Exception {
        StreamLane stuck = new StreamLane(pool);
        StreamLane healthy = new StreamLane(pool);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuckStarted = new CountDownLatch(1);
        CountDownLatch healthyDone = new CountDownLatch(100);
        long before = System.nanoTime();

        stuck.submit(() -> {
            stuckStarted.countDown();
            awaitQuietly(release);
        });
        stuck.submit(() -> { });
        assertThat(stuckStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            healthy.submit(healthyDone::countDown);
        }

        assertThat(healthyDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stuck.busy()).isTrue();
        assertThat(stuck.busySinceNanos()).isGreaterThanOrEqualTo(before);
        release.countDown();
        waitUntilIdle(stuck);
        assertThat(stuck.busy()).isFalse();
    }

    private static void waitUntilIdle(StreamLane lane) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lane.busy() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
