package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.anjungan.protocol.reference.Trade;
import java.util.Locale;

/** occupationalCategory: a KBJI 2014 CategoryCode where the vacancy has one, else the trade's name. */
final class OccupationalCategory {
    private OccupationalCategory() {
    }

    static JsonNode toJson(String kbjiCode, Trade trade) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (kbjiCode == null) {
            return json.textNode(trade.name());
        }
        return json.objectNode()
                .put("@type", "CategoryCode")
                .put("codeValue", kbjiCode)
                .put("inCodeSet", JobPostingVocabulary.KBJI_CODE_SET);
    }

    /** The KBJI code among a posting's categories, or null. */
    static String kbjiCode(JsonNode categories) {
        for (JsonNode category : LdValues.each(categories)) {
            String codeSet = LdValues.text(category, "inCodeSet");
            if (codeSet != null && codeSet.toUpperCase(Locale.ROOT).startsWith("KBJI")) {
                return LdValues.text(category, "codeValue");
            }
        }
        return null;
    }

    /** The first category in words: a text category, or a code's name. */
    static String words(JsonNode categories) {
        for (JsonNode category : LdValues.each(categories)) {
            String words = category.isObject() ? LdValues.text(category, "name") : LdValues.text(category);
            if (words != null) {
                return words;
            }
        }
        return null;
    }
}
