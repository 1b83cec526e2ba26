package id.anjungan.server.feed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs URL sources on their schedules: one thread looks for sources whose time has come every
 * {@code checkEvery} and runs them one after another. A source's next run is counted from the start
 * of its last run, failed or not, so a broken address is tried once a period, not on every check.
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "feed-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public FeedScheduler(FeedService feeds, Duration checkEvery) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                feeds.runDue();
            } catch (RuntimeException e) {
                LOG.warn("looking for feed sources to run failed; will look again", e);
            }
        }, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a feed run did not stop within 10 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
