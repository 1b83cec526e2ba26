package id.anjungan.server.feed;

public enum RunStatus {
    /** The plan was applied: every accepted row written, missing vacancies of a full feed closed. */
    APPLIED,
    /** The feed could not be fetched or read, or writing failed; nothing was changed. */
    FAILED
}
