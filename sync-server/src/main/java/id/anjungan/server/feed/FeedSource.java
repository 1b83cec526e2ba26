package id.anjungan.server.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A place vacancies come from, registered by a centre or an employer.
 *
 * @param id short and stable; part of the ids of the vacancies it brings
 * @param url the http(s) address of a URL source; null for an upload
 * @param everyHours how often the scheduler runs a URL source; null when it runs only on demand
 * @param fullFeed whether the source lists all of its vacancies, so one missing from it is closed
 * @param upload the file last uploaded to an UPLOAD source, or null
 * @param lastRun the latest run, or null before the first
 */
public record FeedSource(
        String id,
        OwnerKind ownerKind,
        String ownerId,
        String name,
        SourceKind kind,
        FeedFormat format,
        String url,
        Integer everyHours,
        boolean fullFeed,
        Instant createdAt,
        Upload upload,
        LastRun lastRun) {

    public FeedSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
    }

    /** The uploaded file's name, size, SHA-256 and time; its bytes are kept in the database beside it. */
    public record Upload(String fileName, long size, String contentHash, Instant uploadedAt) {
    }

    public record LastRun(String id, RunStatus status, Instant startedAt) {
    }

    /** When the scheduler runs it next; null for an upload or a source without a schedule. */
    @JsonProperty("nextRunAt")
    public Instant nextRunAt() {
        if (kind != SourceKind.URL || everyHours == null) {
            return null;
        }
        return lastRun == null ? createdAt : lastRun.startedAt().plus(Duration.ofHours(everyHours));
    }

    boolean dueAt(Instant now) {
        Instant next = nextRunAt();
        return next != null && !next.isAfter(now);
    }
}
