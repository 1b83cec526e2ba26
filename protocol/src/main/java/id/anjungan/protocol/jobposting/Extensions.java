package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingVocabulary.NAMESPACE;
import static id.anjungan.protocol.jobposting.JobPostingVocabulary.PREFIX;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Reads our extension properties of a posting under whatever prefix its {@code @context} binds to
 * our namespace ("abk" when it binds none), or under the full IRI.
 */
final class Extensions {
    private final JsonNode posting;
    private final String prefix;

    private Extensions(JsonNode posting, String prefix) {
        this.posting = posting;
        this.prefix = prefix;
    }

    static Extensions of(JsonNode posting) {
        String bound = prefixIn(posting.get("@context"));
        return new Extensions(posting, bound == null ? PREFIX : bound);
    }

    JsonNode get(String term) {
        JsonNode value = posting.get(name(term));
        return LdValues.single(value != null ? value : posting.get(NAMESPACE + term));
    }

    String text(String term) {
        return LdValues.text(get(term));
    }

    Integer integer(String term) {
        return LdValues.integer(get(term), name(term));
    }

    boolean bool(String term) {
        return LdValues.bool(get(term), name(term));
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String term) {
        return LdValues.enumValue(type, get(term), name(term));
    }

    /** The property name of a term in this posting, for messages. */
    String name(String term) {
        return prefix + ":" + term;
    }

    private static String prefixIn(JsonNode context) {
        if (context == null) {
            return null;
        }
        if (context.isArray()) {
            for (JsonNode each : context) {
                String prefix = prefixIn(each);
                if (prefix != null) {
                    return prefix;
                }
            }
        }
        if (context.isObject()) {
            for (Map.Entry<String, JsonNode> entry : context.properties()) {
                JsonNode iri = entry.getValue().isObject() ? entry.getValue().get("@id") : entry.getValue();
                if (iri != null && NAMESPACE.equals(iri.asText())) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
