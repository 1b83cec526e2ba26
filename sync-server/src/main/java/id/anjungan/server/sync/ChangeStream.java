package id.anjungan.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.error.CursorGoneException;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the change log to connected kiosks over Server-Sent Events.
 *
 * <p>Events carry the changes themselves, so a kiosk applies a change without another request. One
 * thread watches the log's head (a one-row query, cheap enough to poll, and it also sees changes
 * written by another server sharing the database); subscribers standing at the same cursor with the
 * same scope form a group whose page is read and serialised once, then written to each of them.
 * Every event's id is the cursor after it, so a reconnecting kiosk resumes with Last-Event-ID.
 */
public final class ChangeStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);
    static final int PAGE = 1_000;
    private static final int MAX_ROUNDS = 100;

    private final SyncService sync;
    private final Map<SseClient, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-stream");
        thread.setDaemon(true);
        return thread;
    });

    public ChangeStream(SyncService sync, Duration pollInterval, Duration heartbeatInterval) {
        this.sync = sync;
        loop.scheduleWithFixedDelay(this::pushSafely, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(this::heartbeat, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
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
        client.onClose(() -> subscribers.remove(client));
        // Every write to a stream happens on the loop's one thread: a servlet output stream is not
        // safe for two writers, and the loop may be pushing or sending heartbeats right now.
        loop.execute(() -> {
            try {
                // A comment at once, so the kiosk knows the stream is open before any change happens.
                client.sendComment("connected " + from.asText() + "\n");
            } catch (RuntimeException e) {
                return;
            }
            subscribers.put(client, new Subscriber(client, kioskId, scope, from));
            pushSafely();
        });
    }

    public int subscriberCount() {
        return subscribers.size();
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
            // The head is read again each round: a change committed while a page was being sent
            // may already have carried some subscribers past the head read before.
            SyncCursor head = sync.head();
            Map<GroupKey, List<Subscriber>> groups = new HashMap<>();
            for (Subscriber s : subscribers.values()) {
                if (!s.cursor.epoch().equals(head.epoch()) || s.cursor.seq() != head.seq()) {
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
        ChangeBatch batch;
        try {
            batch = sync.changesAfter(key.cursor, PAGE, key.scope);
        } catch (CursorGoneException e) {
            for (Subscriber s : group) {
                send(s, "reset", "{\"reason\":" + quoted(e.getMessage()) + "}", null);
                s.client.close();
                subscribers.remove(s.client);
            }
            return;
        }
        String json = toJson(batch);
        for (Subscriber s : group) {
            if (batch.changes().isEmpty()) {
                s.cursor = batch.cursor();
                continue;
            }
            if (send(s, "changes", json, batch.cursor().asText())) {
                s.cursor = batch.cursor();
            }
        }
    }

    private boolean send(Subscriber s, String event, String data, String id) {
        if (s.client.terminated()) {
            subscribers.remove(s.client);
            return false;
        }
        try {
            if (id == null) {
                s.client.sendEvent(event, data);
            } else {
                s.client.sendEvent(event, data, id);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.info("kiosk {} stream failed and is closed, the kiosk will reconnect: {}", s.kioskId, e.toString());
            subscribers.remove(s.client);
            closeQuietly(s.client);
            return false;
        }
    }

    /** SSE comments keep quiet connections open through Jetty's and proxies' idle timeouts. */
    private void heartbeat() {
        for (Subscriber s : subscribers.values()) {
            if (s.client.terminated()) {
                subscribers.remove(s.client);
                continue;
            }
            try {
                s.client.sendComment("hb\n");
            } catch (RuntimeException e) {
                subscribers.remove(s.client);
                closeQuietly(s.client);
            }
        }
    }

    private static void closeQuietly(SseClient client) {
        try {
            client.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private static String toJson(ChangeBatch batch) {
        try {
            return ProtocolJson.mapper().writeValueAsString(batch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a change batch", e);
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
        subscribers.keySet().forEach(SseClient::close);
        subscribers.clear();
    }

    private record GroupKey(Scope scope, SyncCursor cursor) {
    }

    private static final class Subscriber {
        final SseClient client;
        final String kioskId;
        final Scope scope;
        volatile SyncCursor cursor;

        Subscriber(SseClient client, String kioskId, Scope scope, SyncCursor cursor) {
            this.client = client;
            this.kioskId = kioskId;
            this.scope = scope;
            this.cursor = cursor;
        }
    }
}
