package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** Skills as schema.org wants them: one comma-separated text. */
final class Skills {
    private static final String SEPARATOR = ", ";

    private Skills() {
    }

    /** The skills as text, or as an array where joining them with commas would lose them; null for none. */
    static JsonNode toJson(List<String> skills) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (skills.isEmpty()) {
            return null;
        }
        if (skills.stream().allMatch(Skills::survivesJoining)) {
            return json.textNode(String.join(SEPARATOR, skills));
        }
        ArrayNode array = json.arrayNode();
        skills.forEach(array::add);
        return array;
    }

    /** Text is split at commas; the entries of an array are taken whole (DefinedTerms by name). */
    static List<String> fromJson(JsonNode skills) {
        List<String> read = new ArrayList<>();
        if (skills != null && skills.isArray()) {
            for (JsonNode skill : LdValues.each(skills)) {
                String text = skill.isObject() ? LdValues.text(skill, "name") : LdValues.text(skill);
                if (text != null) {
                    read.add(text);
                }
            }
            return read;
        }
        String text = LdValues.text(LdValues.single(skills));
        if (text != null) {
            for (String skill : text.split(",")) {
                if (!skill.isBlank()) {
                    read.add(skill.strip());
                }
            }
        }
        return read;
    }

    private static boolean survivesJoining(String skill) {
        return !skill.isBlank() && !skill.contains(",") && skill.strip().equals(skill);
    }
}
