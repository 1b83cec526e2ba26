package id.anjungan.kiosk.sync;

import java.util.function.Consumer;

/**
 * Turns the lines of a text/event-stream into events, as the SSE specification reads them: fields
 * "event", "id" and "data" up to a blank line; lines starting with ':' are comments (heartbeats).
 */
public final class SseEventParser {
    public record Event(String name, String id, String data) {
    }

    private final Consumer<Event> events;
    private final Runnable comments;
    private String name;
    private String id;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    public SseEventParser(Consumer<Event> events, Runnable comments) {
        this.events = events;
        this.comments = comments;
    }

    public void line(String line) {
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(":")) {
            comments.run();
        } else {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
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
            events.accept(new Event(name == null ? "message" : name, id, data.toString()));
        }
        name = null;
        data.setLength(0);
        hasData = false;
        // The last event id persists across events, as in the specification; the caller tracks it.
        id = null;
    }
}
