package id.anjungan.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.error.CursorGoneException;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the change log to connected kiosks over Server-Sent Events.
 *
 * <p>Events carry the changes themselves, so a kiosk applies a change without another request. One
 * thread watches the log's head: woken after every commit of this server ({@link #wake}), and
 * polling it as well (a one-row query, cheap enough to poll; it also sees changes written by another
 * process sharing the database); subscribers standing at the same cursor with the
 * same scope form a group whose page is read and written as JSON once. The writes themselves go out
 * on a small pool of writer threads, each subscriber's in order ({@link StreamLane}): a slow kiosk
 * holds up only itself. A subscriber still busy with earlier writes is left out of a round and gets
 * everything it missed in one page once it is free; one whose write has not finished within the
 * write timeout is closed, and the kiosk reconnects from its cursor. Every event's id is the cursor
 * after it, so a reconnecting kiosk resumes with Last-Event-ID.
 */
public final class ChangeStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);
    static final int PAGE = 1_000;
    private static final int MAX_ROUNDS = 100;

    private final SyncService sync;
    private final Duration writeTimeout;
    private final Map<SseClient, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(daemon("change-stream"));
    private final ExecutorService writers;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    public ChangeStream(SyncService sync, Duration pollInterval, Duration heartbeatInterval) {
        this(sync, pollInterval, heartbeatInterval, 4, Duration.ofSeconds(20));
    }

    /**
     * @param writerThreads how many streams are written to at the same time
     * @param writeTimeout how long one write to a kiosk may take before its stream is closed
     */
    public ChangeStream(SyncService sync, Duration pollInterval, Duration heartbeatInterval, int writerThreads,
                        Duration writeTimeout) {
        this.sync = sync;
        this.writeTimeout = writeTimeout;
        AtomicInteger number = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(writerThreads,
                r -> daemon("change-stream-writer-" + number.incrementAndGet()).newThread(r));
        loop.scheduleWithFixedDelay(this::pushSafely, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(this::heartbeat, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(this::closeStuck, 1, 1, TimeUnit.SECONDS);
    }

    /** Runs housekeeping on the stream's thread, so it never races a push. */
    public void every(Duration interval, Runnable task) {
        loop.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("scheduled task failed; will retry", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Registers a kiosk's open stream; it is caught up from its cursor on the next turn of the loop. */
    public void subscribe(SseClient client, String kioskId, Scope scope, SyncCursor from) {
        Subscriber subscriber = new Subscriber(client, kioskId, scope, from, new StreamLane(writers));
        client.onClose(() -> subscribers.remove(client));
        // A comment at once, so the kiosk knows the stream is open before any change happens.
        subscriber.write(() -> client.sendComment("connected " + from.asText() + "\n"));
        loop.execute(() -> {
            if (revoked.contains(kioskId)) {
                subscriber.write(() -> closeQuietly(client));
            } else if (!client.terminated()) {
                subscribers.put(client, subscriber);
                pushSafely();
            }
        });
    }

    /**
     * Pushes as soon as the loop is free, rather than at its next poll: called after every commit of
     * this server's database, so a change reaches the kiosks without the poll's delay. Wake-ups that
     * arrive while one is queued are folded into it.
     */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                loop.execute(() -> {
                    wakeQueued.set(false);
                    pushSafely();
                });
            } catch (RejectedExecutionException closed) {
                wakeQueued.set(false);
            }
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /**
     * Asks a kiosk to catch up and send its heartbeat now ("sync now" on the fleet page): a
     * {@code sync-now} event on each of its open streams. Returns how many streams were asked; 0 when
     * the kiosk is not connected (it catches up by itself when it connects).
     */
    public int requestSync(String kioskId, String requestedBy) {
        String data = "{\"requestedBy\":" + quoted(requestedBy) + "}";
        int asked = 0;
        for (Subscriber s : subscribers.values()) {
            if (s.kioskId.equals(kioskId)) {
                s.write(() -> s.client.sendEvent("sync-now", data));
                asked++;
            }
        }
        return asked;
    }

    /**
     * Closes a revoked kiosk's open streams (after what is already queued for them), and any it opens
     * later on this server. On the stream's thread, as {@link #subscribe} registers, so a stream
     * authenticated just before the revocation cannot slip in after it.
     */
    public void disconnect(String kioskId) {
        revoked.add(kioskId);
        loop.execute(() -> {
            for (Subscriber s : subscribers.values()) {
                if (s.kioskId.equals(kioskId) && subscribers.remove(s.client) != null) {
                    s.write(() -> closeQuietly(s.client));
                }
            }
        });
    }

    private void pushSafely() {
        try {
            push();
        } catch (RuntimeException e) {
            LOG.warn("pushing changes failed; will retry", e);
        }
    }

    private void push() {
        // Bounded, so one turn never starves the heartbeats that run on this thread.
        for (int round = 0; round < MAX_ROUNDS && !subscribers.isEmpty(); round++) {
            // The head is read again each round: a change committed while a page was being read
            // may already have carried some subscribers past the head read before.
            SyncCursor head = sync.head();
            Map<GroupKey, List<Subscriber>> groups = new HashMap<>();
            for (Subscriber s : subscribers.values()) {
                boolean behind = !s.cursor.epoch().equals(head.epoch()) || s.cursor.seq() != head.seq();
                if (behind && !s.lane.busy()) {
                    groups.computeIfAbsent(new GroupKey(s.scope, s.cursor), k -> new ArrayList<>()).add(s);
                }
            }
            if (groups.isEmpty()) {
                return;
            }
            groups.forEach(this::sendPage);
        }
    }

    private void sendPage(GroupKey key, List<Subscriber> group) {
        ChangePage page;
        try {
            page = sync.changePage(key.cursor, PAGE, key.scope);
        } catch (CursorGoneException e) {
            String data = "{\"reason\":" + quoted(e.getMessage()) + "}";
            for (Subscriber s : group) {
                subscribers.remove(s.client);
                s.write(() -> {
                    s.client.sendEvent("reset", data);
                    closeQuietly(s.client);
                });
            }
            return;
        }
        String id = page.cursor().asText();
        String json = page.count() > 0 ? page.json() : null;
        for (Subscriber s : group) {
            // Moved on now: the write is queued in order behind anything earlier, and a stream
            // whose write fails is closed, its kiosk resuming from the cursor it has applied.
            s.cursor = page.cursor();
            if (page.count() > 0) {
                s.write(() -> s.client.sendEvent("changes", json, id));
            }
        }
    }

    /** SSE comments keep quiet connections open through Jetty's and proxies' idle timeouts. */
    private void heartbeat() {
        for (Subscriber s : subscribers.values()) {
            if (!s.lane.busy()) {
                s.write(() -> s.client.sendComment("hb\n"));
            }
        }
    }

    /** A kiosk that takes longer than the write timeout over one write is closed; it reconnects by itself. */
    private void closeStuck() {
        long now = System.nanoTime();
        for (Subscriber s : subscribers.values()) {
            long since = s.lane.busySinceNanos();
            if (since != 0 && now - since > writeTimeout.toNanos()) {
                LOG.info("kiosk {} took longer than {} over one write; its stream is closed", s.kioskId, writeTimeout);
                subscribers.remove(s.client);
                StreamConnections.abort(s.client);
            }
        }
    }

    private void failed(Subscriber s, RuntimeException e) {
        if (subscribers.remove(s.client) != null) {
            LOG.info("kiosk {} stream failed and is closed, the kiosk will reconnect: {}", s.kioskId, e.toString());
        }
        closeQuietly(s.client);
    }

    private static void closeQuietly(SseClient client) {
        try {
            client.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private static String quoted(String text) {
        try {
            return ProtocolJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            return "\"\"";
        }
    }

    @Override
    public void close() {
        loop.shutdownNow();
        writers.shutdownNow();
        subscribers.keySet().forEach(ChangeStream::closeQuietly);
        subscribers.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record GroupKey(Scope scope, SyncCursor cursor) {
    }

    private final class Subscriber {
        final SseClient client;
        final String kioskId;
        final Scope scope;
        final StreamLane lane;
        volatile SyncCursor cursor;

        Subscriber(SseClient client, String kioskId, Scope scope, SyncCursor cursor, StreamLane lane) {
            this.client = client;
            this.kioskId = kioskId;
            this.scope = scope;
            this.cursor = cursor;
            this.lane = lane;
        }

        void write(Runnable write) {
            lane.submit(() -> {
                if (client.terminated()) {
                    subscribers.remove(client);
                    return;
                }
                try {
                    write.run();
                } catch (RuntimeException e) {
                    failed(this, e);
                }
            });
        }
    }
}
