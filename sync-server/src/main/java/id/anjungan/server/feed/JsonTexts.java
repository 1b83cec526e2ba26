package id.anjungan.server.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the objects of a JSON text with the line each starts on: the elements of a top-level array, of
 * an array under a top-level object's key (such as "@graph" or "data"), or the top-level object itself.
 */
final class JsonTexts {
    /** A JSON object and the line of the text it starts on (1 for the first). */
    record Located(int line, JsonNode node) {
    }

    private JsonTexts() {
    }

    /**
     * @param arrayKeys keys of a top-level object whose array holds the entries, in order of preference;
     *     an object with none of them is itself the one entry
     * @param lineOffset added to every line, for JSON found inside a larger text
     */
    static List<Located> entries(String text, List<String> arrayKeys, int lineOffset) {
        try (JsonParser parser = ProtocolJson.mapper().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                List<Located> entries = elements(parser, lineOffset);
                requireEnd(parser);
                return entries;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new FeedUnreadableException("isinya bukan JSON berupa daftar (array) atau objek");
            }
            int objectLine = line(parser, lineOffset);
            // read the object field by field, so the entries of the array under one of the keys keep their lines
            List<Located> found = null;
            int foundRank = Integer.MAX_VALUE;
            var whole = ProtocolJson.mapper().createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                int rank = arrayKeys.indexOf(key);
                if (value == JsonToken.START_ARRAY && rank >= 0 && rank < foundRank) {
                    found = elements(parser, lineOffset);
                    foundRank = rank;
                } else {
                    whole.set(key, ProtocolJson.mapper().readTree(parser));
                }
            }
            requireEnd(parser);
            return found != null ? found : List.of(new Located(objectLine, whole));
        } catch (JsonProcessingException e) {
            throw new FeedUnreadableException("JSON tidak sah di baris " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNr() + lineOffset) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedUnreadableException("JSON tidak dapat dibaca: " + e.getMessage(), e);
        }
    }

    private static List<Located> elements(JsonParser parser, int lineOffset) throws IOException {
        List<Located> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Tables.checkSize(entries.size());
            int line = line(parser, lineOffset);
            entries.add(new Located(line, ProtocolJson.mapper().readTree(parser)));
        }
        return entries;
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new FeedUnreadableException("JSON tidak sah di baris " + parser.currentTokenLocation().getLineNr()
                    + ": ada isi lagi sesudah akhir data");
        }
    }

    private static int line(JsonParser parser, int lineOffset) {
        return parser.currentTokenLocation().getLineNr() + lineOffset;
    }
}
