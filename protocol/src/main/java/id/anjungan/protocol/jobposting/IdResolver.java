package id.anjungan.protocol.jobposting;

/**
 * Finds our id for something a job posting names only in words: its employer, region, trade or
 * industrial estate. Our own postings carry our ids, so only feeds from elsewhere need resolvers;
 * the feed importer typically looks the names up in the reference data.
 */
@FunctionalInterface
public interface IdResolver {
    /** Our id, or null when the hints do not say which one it is. */
    String resolve(JobPostingHints hints);

    static IdResolver none() {
        return hints -> null;
    }
}
