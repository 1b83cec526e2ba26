package id.anjungan.server.feed;

import java.util.List;

/** The parser of each format. */
final class FeedParsers {
    private FeedParsers() {
    }

    static FeedParser of(FeedFormat format) {
        return switch (format) {
            case CSV -> new CsvFeedParser();
            case XLSX -> new XlsxFeedParser();
            case JSON -> new JsonFeedParser();
            case JSON_LD -> new JsonLdFeedParser();
        };
    }

    static List<FeedRow> parse(FeedFormat format, byte[] content) {
        if (content.length == 0) {
            throw new FeedUnreadableException("berkasnya kosong");
        }
        return of(format).parse(content);
    }
}
