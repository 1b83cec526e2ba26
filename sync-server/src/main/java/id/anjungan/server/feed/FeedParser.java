package id.anjungan.server.feed;

import java.util.List;

/** Reads a feed's bytes into rows; one implementation a format. */
public interface FeedParser {
    /**
     * @throws FeedUnreadableException when the content is not in this format at all, or has no header
     *     a spreadsheet row could be read under; single bad rows are not the parser's concern
     */
    List<FeedRow> parse(byte[] content);
}
