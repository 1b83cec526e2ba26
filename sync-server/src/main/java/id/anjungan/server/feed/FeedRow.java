package id.anjungan.server.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a feed as its parser read it, with the line staff find it on: the row number Excel
 * shows for a CSV or a sheet, the line an object starts on in a JSON text or web page.
 */
public sealed interface FeedRow permits FeedRow.Columns, FeedRow.Posting, FeedRow.Broken {
    int line();

    /**
     * A row of named values: a spreadsheet row under its header, or a JSON object. Keys are the
     * column names as written; values are String, BigDecimal, LocalDate, Boolean, a List of String, or
     * a JsonNode (a JSON object), never null or blank.
     */
    record Columns(int line, Map<String, Object> values) implements FeedRow {
        public Columns {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        }
    }

    /** A schema.org JobPosting, read by the protocol's JobPostingReader. */
    record Posting(int line, JsonNode posting) implements FeedRow {
        public Posting {
            Objects.requireNonNull(posting, "posting");
        }
    }

    /** An entry the parser could already tell is unusable, with the reason in Indonesian. */
    record Broken(int line, String reason) implements FeedRow {
    }
}
