package id.anjungan.server.feed;

/**
 * What staff fill in to register or change a feed source. {@code everyHours} null or 0 means no
 * schedule; {@code fullFeed} null means false.
 */
public record FeedSourceRequest(
        OwnerKind ownerKind,
        String ownerId,
        String name,
        SourceKind kind,
        FeedFormat format,
        String url,
        Integer everyHours,
        Boolean fullFeed) {
}
