package id.anjungan.server.feed;

/** What started a run. */
public enum RunTrigger {
    /** "Refresh now" by a person. */
    MANUAL,
    /** The scheduler, for a URL source whose time had come. */
    SCHEDULE
}
