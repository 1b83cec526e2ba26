package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingVocabulary.IDENTIFIER_NAME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Identifiers of a posting or organization; ours are PropertyValues named "anjungan". */
final class Identifiers {
    private Identifiers() {
    }

    static ObjectNode ours(String id) {
        return JsonNodeFactory.instance.objectNode()
                .put("@type", "PropertyValue")
                .put("name", IDENTIFIER_NAME)
                .put("value", id);
    }

    /** Our id in the thing's identifier, or null. */
    static String ourId(JsonNode thing) {
        for (JsonNode identifier : LdValues.each(thing == null ? null : thing.get("identifier"))) {
            if (identifier.isObject() && IDENTIFIER_NAME.equals(LdValues.text(identifier, "name"))) {
                return LdValues.text(identifier, "value");
            }
        }
        return null;
    }

    /** Whatever identifier the thing has, ours or another's: the value of a PropertyValue, or text. */
    static String anyId(JsonNode thing) {
        String ours = ourId(thing);
        return ours != null ? ours : value(LdValues.property(thing, "identifier"));
    }

    /** The thing's identifier when it is not ours, or null. */
    static String foreignId(JsonNode thing) {
        return ourId(thing) != null ? null : value(LdValues.property(thing, "identifier"));
    }

    private static String value(JsonNode identifier) {
        return identifier != null && identifier.isObject() ? LdValues.text(identifier, "value") : LdValues.text(identifier);
    }
}
