package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.vacancy.EducationLevel;
import java.util.Locale;

/**
 * Maps a minimum education level onto educationRequirements. credentialCategory takes the nearest of
 * the categories Google understands (none fits SD or SMP); educationalLevel keeps our exact level.
 */
final class EducationRequirements {
    /** What Google asks for when a job needs no particular education. */
    static final String NO_REQUIREMENTS = "no requirements";

    private EducationRequirements() {
    }

    static JsonNode toJson(EducationLevel level) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (level == null) {
            return json.textNode(NO_REQUIREMENTS);
        }
        ObjectNode credential = json.objectNode().put("@type", "EducationalOccupationalCredential");
        String category = category(level);
        if (category != null) {
            credential.put("credentialCategory", category);
        }
        return credential.put("educationalLevel", level.label());
    }

    /** The level a posting's educationRequirements asks for, or null for none or one we cannot tell. */
    static EducationLevel fromJson(JsonNode requirement) {
        if (requirement == null) {
            return null;
        }
        if (!requirement.isObject()) {
            return parse(LdValues.text(requirement));
        }
        EducationLevel level = parse(LdValues.text(requirement, "educationalLevel"));
        return level != null ? level : parse(LdValues.text(requirement, "credentialCategory"));
    }

    private static String category(EducationLevel level) {
        return switch (level) {
            case SD, SMP -> null;
            case SMA, SMK -> "high school";
            case D1, D2, D3 -> "associate degree";
            case D4_S1 -> "bachelor degree";
            case S2 -> "postgraduate degree";
        };
    }

    private static EducationLevel parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT).replace('/', '_')) {
            case "SD" -> EducationLevel.SD;
            case "SMP" -> EducationLevel.SMP;
            case "SMA", "HIGH SCHOOL" -> EducationLevel.SMA;
            case "SMK" -> EducationLevel.SMK;
            case "D1" -> EducationLevel.D1;
            case "D2" -> EducationLevel.D2;
            case "D3", "ASSOCIATE DEGREE" -> EducationLevel.D3;
            case "D4_S1", "D4", "S1", "BACHELOR DEGREE" -> EducationLevel.D4_S1;
            case "S2", "POSTGRADUATE DEGREE" -> EducationLevel.S2;
            default -> null;
        };
    }
}
