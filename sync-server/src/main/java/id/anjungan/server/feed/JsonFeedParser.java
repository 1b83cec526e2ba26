package id.anjungan.server.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON array of vacancy objects whose keys are our field names ("title", "employer",
 * "validThrough") or a spreadsheet's column names ("Judul", "Batas Lamaran"). The array may also sit
 * under a key of a top-level object ("vacancies", "lowongan", "data", "items"). The keys of a nested
 * "requirements" object count as the object's own, so our vacancy JSON imports too. An entry with a
 * JSON-LD "@type" is read as a schema.org JobPosting.
 */
final class JsonFeedParser implements FeedParser {
    static final List<String> ARRAY_KEYS = List.of("vacancies", "lowongan", "data", "items", "@graph");

    @Override
    public List<FeedRow> parse(byte[] content) {
        String text = CsvFeedParser.decode(content);
        ContentSniffing.refuseIfNot(FeedFormat.JSON, content, text);
        if (!ContentSniffing.looksLikeJson(text)) {
            throw new FeedUnreadableException("isinya bukan JSON");
        }
        List<FeedRow> rows = new ArrayList<>();
        for (JsonTexts.Located entry : JsonTexts.entries(text, ARRAY_KEYS, 0)) {
            rows.add(row(entry));
        }
        return rows;
    }

    private static FeedRow row(JsonTexts.Located entry) {
        JsonNode node = entry.node();
        if (node.isObject() && (node.has("@type") || node.has("@context"))) {
            return new FeedRow.Posting(entry.line(), node);
        }
        if (!node.isObject()) {
            return new FeedRow.Broken(entry.line(), "entri ini bukan objek JSON: " + abbreviated(node.toString()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var field : node.properties()) {
            if (field.getKey().equals("requirements") && field.getValue().isObject()) {
                field.getValue().properties().forEach(inner -> put(values, inner.getKey(), inner.getValue()));
            } else {
                put(values, field.getKey(), field.getValue());
            }
        }
        return new FeedRow.Columns(entry.line(), values);
    }

    private static void put(Map<String, Object> values, String key, JsonNode value) {
        Object converted = value(value);
        if (!Tables.isBlank(converted)) {
            values.putIfAbsent(key, converted);
        }
    }

    private static Object value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                Object text = value(item);
                if (text instanceof BigDecimal number) {
                    items.add(Tables.plain(number));
                } else if (text != null && !(text instanceof JsonNode)) {
                    items.add(text.toString());
                }
            }
            return items.isEmpty() ? null : List.copyOf(items);
        }
        return value;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
