package id.anjungan.server.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form or record with fields that are wrong; answered with 400. Each field carries a message key
 * (texts live in the console's resource bundle), so pages can show the reason beside the field.
 */
public final class InvalidFieldsException extends RuntimeException {
    private final Map<String, String> fields;

    public InvalidFieldsException(Map<String, String> fields) {
        super("invalid fields: " + String.join(", ", fields.keySet()));
        this.fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    public static InvalidFieldsException of(String field, String messageKey) {
        return new InvalidFieldsException(Map.of(field, messageKey));
    }

    /** Field name to message key. */
    public Map<String, String> fields() {
        return fields;
    }
}
