package id.anjungan.server.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org JobPostings in JSON-LD: a JSON array of them, one posting, an object with an
 * "@graph", or a web page whose {@code <script type="application/ld+json">} blocks hold any of these
 * (parsed with jsoup). Nodes of other types (Organization, BreadcrumbList, WebPage) are passed over;
 * a node without a type is taken for a posting. Lines are those of the page or file.
 */
final class JsonLdFeedParser implements FeedParser {
    private static final List<String> ARRAY_KEYS = List.of("@graph", "itemListElement");

    @Override
    public List<FeedRow> parse(byte[] content) {
        String text = CsvFeedParser.decode(content);
        ContentSniffing.refuseIfNot(FeedFormat.JSON_LD, content, text);
        List<FeedRow> rows = new ArrayList<>();
        if (ContentSniffing.looksLikeJson(text)) {
            collect(JsonTexts.entries(text, ARRAY_KEYS, 0), rows);
            return rows;
        }
        if (!ContentSniffing.looksLikeHtml(text)) {
            throw new FeedUnreadableException("isinya bukan JSON-LD dan bukan halaman web (HTML)");
        }
        Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        List<Element> scripts = page.select("script[type=application/ld+json]");
        for (Element script : scripts) {
            int line = script.sourceRange().start().lineNumber();
            String json = script.data();
            if (json.isBlank()) {
                continue;
            }
            try {
                collect(JsonTexts.entries(json, ARRAY_KEYS, line - 1), rows);
            } catch (FeedUnreadableException e) {
                // one broken block on a page does not hide the postings of the others
                rows.add(new FeedRow.Broken(line, "blok JSON-LD rusak: " + e.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            throw new FeedUnreadableException("halaman web ini tidak memuat JobPosting dalam JSON-LD"
                    + " (tidak ada <script type=\"application/ld+json\"> berisi JobPosting)");
        }
        return rows;
    }

    private static void collect(List<JsonTexts.Located> entries, List<FeedRow> rows) {
        for (JsonTexts.Located entry : entries) {
            JsonNode node = entry.node();
            if (node.isObject() && node.has("@graph") && node.get("@graph").isArray()) {
                // a graph nested in an array entry: its nodes share the entry's line
                List<JsonTexts.Located> inner = new ArrayList<>();
                node.get("@graph").forEach(n -> inner.add(new JsonTexts.Located(entry.line(), n)));
                collect(inner, rows);
            } else if (node.isObject() && node.has("item") && isListItem(node)) {
                collect(List.of(new JsonTexts.Located(entry.line(), node.get("item"))), rows);
            } else if (isPosting(node)) {
                rows.add(new FeedRow.Posting(entry.line(), node));
            }
        }
    }

    private static boolean isListItem(JsonNode node) {
        return typeNames(node).contains("ListItem");
    }

    /** A JobPosting, or an object without a type (the reader refuses it if it is not one). */
    private static boolean isPosting(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        List<String> types = typeNames(node);
        return types.isEmpty() || types.stream().anyMatch(t -> t.equals("JobPosting") || t.endsWith("/JobPosting")
                || t.endsWith(":JobPosting"));
    }

    private static List<String> typeNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else if (type != null) {
            names.add(type.asText());
        }
        return names;
    }
}
