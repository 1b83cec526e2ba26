package id.anjungan.server.console;

import id.anjungan.server.feed.FeedFormat;
import id.anjungan.server.feed.FeedSource;
import id.anjungan.server.feed.SourceKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The feed source form as typed: its raw values, a message key beside each wrong field, and where the
 * feed engine said why (a refused address, an unreadable file), its words under the message.
 */
public final class FeedSourceForm {
    public static final List<String> FIELDS = List.of("name", "owner", "kind", "url", "format", "everyHours", "fullFeed");
    /** The schedules offered: none, hourly, every 6 hours, daily, weekly. */
    public static final List<Integer> SCHEDULES = List.of(0, 1, 6, 24, 168);
    public static final String AUTO = "AUTO";

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    private FeedSourceForm(Map<String, String> values) {
        this.values = values;
    }

    public static FeedSourceForm posted(Function<String, String> field) {
        Map<String, String> values = new HashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            if (value != null) {
                values.put(name, value.strip());
            }
        }
        return new FeedSourceForm(values);
    }

    public static FeedSourceForm blank(String owner) {
        Map<String, String> values = new HashMap<>();
        values.put("owner", owner == null ? "" : owner);
        values.put("kind", SourceKind.URL.name());
        values.put("format", AUTO);
        values.put("everyHours", "24");
        return new FeedSourceForm(values);
    }

    public static FeedSourceForm of(FeedSource source) {
        Map<String, String> values = new HashMap<>();
        values.put("name", source.name());
        values.put("owner", owner(source));
        values.put("kind", source.kind().name());
        values.put("url", source.url() == null ? "" : source.url());
        values.put("format", source.format().name());
        values.put("everyHours", source.everyHours() == null ? "0" : source.everyHours().toString());
        if (source.fullFeed()) {
            values.put("fullFeed", "on");
        }
        return new FeedSourceForm(values);
    }

    /** "CENTRE:blkk-batang-1" or "EMPLOYER:emp-sepatu": who a source belongs to, as the owner field holds it. */
    public static String owner(FeedSource source) {
        return source.ownerKind().name() + ":" + source.ownerId();
    }

    public FeedSourceForm withOwner(String owner) {
        values.put("owner", owner);
        return this;
    }

    public FeedSourceForm withKind(SourceKind kind) {
        values.put("kind", kind.name());
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        String value = values.get(name);
        return value != null && !value.isEmpty() && !value.equals("false");
    }

    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }

    public String error(String name) {
        return errors.get(name);
    }

    /** The engine's own words about a field, in Indonesian; null when it said nothing. */
    public String note(String name) {
        return notes.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    void reject(String field, String messageKey, String note) {
        if (!errors.containsKey(field)) {
            errors.put(field, messageKey);
            notes.put(field, note);
        }
    }

    SourceKind kind() {
        return "UPLOAD".equals(values.get("kind")) ? SourceKind.UPLOAD : "URL".equals(values.get("kind")) ? SourceKind.URL : null;
    }

    /** The chosen format; null for "recognise it". */
    FeedFormat format() {
        String value = values.get("format");
        for (FeedFormat f : FeedFormat.values()) {
            if (f.name().equals(value)) {
                return f;
            }
        }
        return null;
    }

    Integer everyHours() {
        try {
            int hours = Integer.parseInt(value("everyHours"));
            return hours < 0 ? null : hours;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
