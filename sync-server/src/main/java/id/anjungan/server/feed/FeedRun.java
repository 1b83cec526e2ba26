package id.anjungan.server.feed;

import java.time.Instant;
import java.util.List;

/**
 * One run of a feed source, as kept in its history.
 *
 * @param number 1 for a source's first run, counting up
 * @param counts what the run did; all zero for a failed run
 * @param changes the vacancies it created, changed and closed
 * @param failure why a failed run changed nothing, in Indonesian; null for an applied one
 */
public record FeedRun(
        String id,
        String sourceId,
        int number,
        RunTrigger trigger,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        String contentHash,
        int rowsRead,
        FeedPlan.Counts counts,
        List<FeedPlan.RejectedRow> rejected,
        List<String> warnings,
        Changes changes,
        String failure) {

    public FeedRun {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        changes = changes == null ? new Changes(List.of(), List.of(), List.of()) : changes;
    }

    public record Changes(List<Item> created, List<Item> changed, List<Item> closed) {
        public Changes {
            created = List.copyOf(created);
            changed = List.copyOf(changed);
            closed = List.copyOf(closed);
        }
    }

    public record Item(String vacancyId, String title) {
    }
}
