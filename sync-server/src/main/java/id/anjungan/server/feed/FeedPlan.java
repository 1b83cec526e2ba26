package id.anjungan.server.feed;

import id.anjungan.protocol.vacancy.Vacancy;
import java.util.List;

/**
 * What a run of a feed will do, shown before it does it: the vacancies it will create and change, the
 * ones it leaves as they are, the ones it closes (a full feed's missing vacancies) and the rows it
 * rejects with their line and reason. A run applies exactly this in one transaction.
 *
 * @param contentHash SHA-256 of the feed's bytes; give it to a run to apply only this content
 * @param rowsRead the rows (or postings) read from the feed, rejected ones included
 * @param warnings things staff should know that reject no row, such as columns that were not understood
 */
public record FeedPlan(
        String sourceId,
        String contentHash,
        int rowsRead,
        Counts counts,
        List<PlannedVacancy> created,
        List<PlannedVacancy> changed,
        List<PlannedVacancy> unchanged,
        List<ClosedVacancy> closed,
        List<RejectedRow> rejected,
        List<String> warnings) {

    public FeedPlan {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        closed = List.copyOf(closed);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    static FeedPlan of(String sourceId, String contentHash, int rowsRead, List<PlannedVacancy> created,
                       List<PlannedVacancy> changed, List<PlannedVacancy> unchanged, List<ClosedVacancy> closed,
                       List<RejectedRow> rejected, List<String> warnings) {
        return new FeedPlan(sourceId, contentHash, rowsRead,
                new Counts(created.size(), changed.size(), unchanged.size(), closed.size(), rejected.size()),
                created, changed, unchanged, closed, rejected, warnings);
    }

    public record Counts(int created, int changed, int unchanged, int closed, int rejected) {
    }

    /**
     * A vacancy the feed holds, with the line it is on.
     *
     * @param changedFields for a changed vacancy, the names of the fields that differ from the stored one
     * @param vacancy the vacancy as it will be stored; null for an unchanged one
     */
    public record PlannedVacancy(int line, String vacancyId, String title, List<String> changedFields, Vacancy vacancy) {
        public PlannedVacancy {
            changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        }
    }

    /** A vacancy of this source that a full feed no longer lists, and the stored record it is closed from. */
    public record ClosedVacancy(String vacancyId, String title) {
    }

    /** @param reason in Indonesian, starting with the line: "baris 7: kejuruan 'Tukang Las Listrik' tidak dikenal" */
    public record RejectedRow(int line, String reason) {
    }
}
