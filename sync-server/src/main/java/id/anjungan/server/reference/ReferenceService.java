package id.anjungan.server.reference;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.server.db.Database;

/** What kiosks and pages ask of reference data. */
public final class ReferenceService {
    private final Database database;
    private final ReferenceStore store;

    public ReferenceService(Database database, ReferenceStore store) {
        this.database = database;
        this.store = store;
    }

    public ReferenceData all() {
        return database.read(store::loadAll);
    }
}
