package id.anjungan.server.feed;

/**
 * The feed as a whole cannot be used: its address cannot be reached or answers with an error, or the
 * content is not in the source's format or has no usable header. The message is for centre staff, in
 * Indonesian. A run that meets this fails and changes nothing.
 */
public final class FeedUnreadableException extends RuntimeException {
    public FeedUnreadableException(String message) {
        super(message);
    }

    public FeedUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
