package id.anjungan.server.feed;

/** A run was asked to apply the feed as previewed, but the feed's content is no longer what was previewed. */
public final class FeedChangedException extends RuntimeException {
    public FeedChangedException(String message) {
        super(message);
    }
}
