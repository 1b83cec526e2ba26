package id.anjungan.server.feed;

/** Where a feed source's content comes from. */
public enum SourceKind {
    /** Fetched from an http(s) address, on demand or on a schedule. */
    URL,
    /** A file that staff upload; each upload replaces the previous one. */
    UPLOAD
}
