package id.anjungan.benchmarks.store;

import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;

/**
 * What the benchmarks need of a kiosk's store: start from a snapshot, apply pages of changes together
 * with their cursor in one transaction, and say where it stands. {@link SimulatedKioskStore} implements
 * it here; the kiosk's real store can be plugged in behind the same interface.
 *
 * <p>A store is used by one thread at a time.
 */
public interface KioskStore extends AutoCloseable {
    /** Replaces everything with the snapshot and takes its cursor, in one transaction. */
    void load(Snapshot snapshot);

    /** Applies the batch's changes and moves the cursor to the batch's, in one transaction, or not at all. */
    void apply(ChangeBatch batch);

    /** Where the store stands, or null before its first snapshot. */
    SyncCursor cursor();

    int vacancyCount();

    @Override
    void close();
}
