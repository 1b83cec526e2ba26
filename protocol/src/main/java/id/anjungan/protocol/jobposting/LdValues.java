package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads values in the shapes JSON-LD allows: one value or an array of them, numbers as strings. */
final class LdValues {
    private LdValues() {
    }

    /** The value itself, the first of an array, or the {@code @value} of a value object; null if absent. */
    static JsonNode single(JsonNode node) {
        if (node != null && node.isArray()) {
            node = node.isEmpty() ? null : node.get(0);
        }
        if (node != null && node.isObject() && node.has("@value")) {
            node = node.get("@value");
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /** Every value of a property that may hold one value or an array of them. */
    static List<JsonNode> each(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(single(value)));
        } else {
            values.add(single(node));
        }
        values.removeIf(value -> value == null);
        return values;
    }

    static JsonNode property(JsonNode parent, String name) {
        return parent == null ? null : single(parent.get(name));
    }

    /** A string or number property as text; null when absent, blank or not a plain value. */
    static String text(JsonNode parent, String name) {
        return text(property(parent, name));
    }

    static String text(JsonNode value) {
        if (value == null || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    static JsonNode object(JsonNode parent, String name) {
        JsonNode value = property(parent, name);
        return value != null && value.isObject() ? value : null;
    }

    /** A number, or a string holding one, rounded to a whole number. */
    static Long wholeNumber(JsonNode value, String property) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new JobPostingFormatException(property, "expected a number, got \"" + text + "\"", e);
        }
    }

    static Integer integer(JsonNode value, String property) {
        Long number = wholeNumber(value, property);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw new JobPostingFormatException(property, "number out of range: " + number);
        }
        return number == null ? null : number.intValue();
    }

    static boolean bool(JsonNode value, String property) {
        String text = text(value);
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new JobPostingFormatException(property, "expected true or false, got \"" + text + "\"");
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode value, String property) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JobPostingFormatException(property, "unknown value \"" + text + "\"", e);
        }
    }
}
