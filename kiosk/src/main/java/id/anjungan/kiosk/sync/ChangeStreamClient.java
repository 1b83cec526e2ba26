package id.anjungan.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a Server-Sent-Events stream of the server's change log open, reconnecting with back-off and
 * jitter, and resuming from the cursor the kiosk's store has applied (sent as Last-Event-ID). Batches
 * are handed to the listener one at a time on the stream's own thread, in log order.
 */
public final class ChangeStreamClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamClient.class);

    /** What the kiosk does with the stream. Exceptions thrown from {@link #batch} drop the connection. */
    public interface Listener {
        void connected();

        void batch(RawChangeBatch batch) throws Exception;

        /** The server no longer has the kiosk's cursor: take a snapshot before the next connection. */
        void reset(String reason);

        void disconnected(String reason);

        /** The server refused the kiosk's token: 401 unknown, 403 revoked. */
        void refused(int status, String reason);

        /** Staff pressed "sync now" for this kiosk: catch up and report at once. */
        default void syncRequested() {
        }
    }

    private final HttpClient http;
    private final URI streamUri;
    private final Supplier<String> token;
    private final Supplier<SyncCursor> cursor;
    private final Listener listener;
    private final Backoff backoff;
    private final Duration silenceLimit;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("stream-watchdog"));
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Stream<String> current;
    private volatile long lastLineNanos;

    /**
     * @param silenceLimit how long without a single line (events or heartbeat comments) before the
     *     connection is taken for dead; a few heartbeat intervals
     */
    public ChangeStreamClient(HttpClient http, URI serverUri, Supplier<String> token, Supplier<SyncCursor> cursor,
                              Listener listener, Backoff backoff, Duration silenceLimit) {
        this.http = http;
        this.streamUri = serverUri.resolve("/api/v1/sync/stream");
        this.token = token;
        this.cursor = cursor;
        this.listener = listener;
        this.backoff = backoff;
        this.silenceLimit = silenceLimit;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = daemon("change-stream").newThread(this::run);
        thread.start();
        watchdog.scheduleWithFixedDelay(this::closeIfSilent, 1, 1, TimeUnit.SECONDS);
    }

    private void run() {
        while (running) {
            String reason = connectOnce();
            if (!running) {
                break;
            }
            listener.disconnected(reason);
            sleep(backoff.next());
        }
    }

    /** One connection, until it ends; returns why it ended. */
    private String connectOnce() {
        SyncCursor from = cursor.get();
        if (from == null) {
            return "no cursor yet";
        }
        HttpRequest request = HttpRequest.newBuilder(streamUri)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token.get())
                .header("Last-Event-ID", from.asText())
                .GET().build();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            return "cannot connect: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (response.statusCode() != 200) {
            try (Stream<String> body = response.body()) {
                String text = String.join(" ", body.limit(5).toList());
                if (response.statusCode() == 409) {
                    listener.reset(text);
                } else if (response.statusCode() == 401 || response.statusCode() == 403) {
                    listener.refused(response.statusCode(), text);
                }
                return "HTTP " + response.statusCode() + ": " + text;
            }
        }
        current = response.body();
        lastLineNanos = System.nanoTime();
        listener.connected();
        String[] ended = {"stream ended"};
        SseEventParser parser = new SseEventParser(event -> handle(event, ended), () -> backoff.reset());
        try (Stream<String> lines = current) {
            lines.forEach(line -> {
                lastLineNanos = System.nanoTime();
                parser.line(line);
            });
        } catch (UncheckedIOException | StopStream e) {
            if (e instanceof StopStream stop) {
                ended[0] = stop.getMessage();
            } else {
                ended[0] = "connection lost: " + e.getCause();
            }
        } finally {
            current = null;
        }
        return ended[0];
    }

    private void handle(SseEventParser.Event event, String[] ended) {
        switch (event.name()) {
            case "changes" -> {
                try {
                    listener.batch(ChangeBatchReader.read(event.data()));
                    backoff.reset();
                } catch (JsonProcessingException e) {
                    throw new StopStream("unreadable batch: " + e.getOriginalMessage());
                } catch (Exception e) {
                    LOG.warn("applying a pushed batch failed; reconnecting from the stored cursor", e);
                    throw new StopStream("apply failed: " + e);
                }
            }
            case "reset" -> {
                listener.reset(event.data());
                throw new StopStream("server asked for a snapshot");
            }
            case "sync-now" -> listener.syncRequested();
            default -> LOG.debug("ignoring event {}", event.name());
        }
    }

    private void closeIfSilent() {
        Stream<String> stream = current;
        if (stream != null && System.nanoTime() - lastLineNanos > silenceLimit.toNanos()) {
            LOG.info("no word from the server for {}; reconnecting", silenceLimit);
            stream.close();
        }
    }

    private void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        watchdog.shutdownNow();
        Stream<String> stream = current;
        if (stream != null) {
            stream.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Ends the current connection from inside the line loop. */
    private static final class StopStream extends RuntimeException {
        StopStream(String message) {
            super(message, null, false, false);
        }
    }
}
