package id.anjungan.benchmarks.harness;

import java.util.concurrent.Flow;

/**
 * Reads a text/event-stream line by line, for {@code HttpResponse.BodyHandlers.fromLineSubscriber}: fields
 * "event", "id" and "data" up to a blank line make an event; lines starting with ':' are comments
 * (the server's heartbeats). Lines arrive on the HttpClient's executor, one stream's lines one at a time,
 * so thousands of streams need no thread each. The listener must return quickly.
 */
public final class SseSubscriber implements Flow.Subscriber<String> {
    public interface Listener {
        void onEvent(String name, String id, String data);

        default void onComment(String text) {
        }

        /** The stream ended: error is null when the server closed it cleanly. */
        default void onClosed(Throwable error) {
        }
    }

    private final Listener listener;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private String name;
    private String id;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    public SseSubscriber(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        if (line.isEmpty()) {
            dispatch();
        } else if (line.charAt(0) == ':') {
            listener.onComment(line.length() > 1 && line.charAt(1) == ' ' ? line.substring(2) : line.substring(1));
        } else {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (!value.isEmpty() && value.charAt(0) == ' ') {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> {
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                }
                default -> { }
            }
        }
    }

    private void dispatch() {
        if (hasData) {
            listener.onEvent(name == null ? "message" : name, id, data.toString());
        }
        name = null;
        id = null;
        data.setLength(0);
        hasData = false;
    }

    @Override
    public void onError(Throwable error) {
        listener.onClosed(error);
    }

    @Override
    public void onComplete() {
        listener.onClosed(null);
    }

    /** Closes the stream from the client's side. */
    public void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
