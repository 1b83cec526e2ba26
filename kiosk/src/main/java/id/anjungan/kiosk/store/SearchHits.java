package id.anjungan.kiosk.store;

/**
 * What the search index matched: vacancy rowids in no order, and each one's bm25 score (lower is
 * better) at the same place when the search was ranked; {@code scores} is null when it was not.
 */
public record SearchHits(long[] rowids, double[] scores) {
    public boolean ranked() {
        return scores != null;
    }
}
