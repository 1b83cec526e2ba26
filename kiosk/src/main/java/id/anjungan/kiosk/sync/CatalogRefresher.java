package id.anjungan.kiosk.sync;

import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the kiosk store up to date with a full fetch of the server's catalogue, and tells whether
 * the server could be reached and when the data was last updated.
 *
 * <p>{@link #refresh()} blocks on the network; call it off the UI thread. Its state changes are
 * published through the given executor (the FX thread's {@code Platform::runLater} in the app,
 * {@code Runnable::run} in tests), so listeners may touch the UI.
 */
public final class CatalogRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresher.class);

    private final CatalogClient client;
    private final KioskStore store;
    private final Clock clock;
    private final Executor publisher;
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Instant> lastUpdated = new ReadOnlyObjectWrapper<>();

    public CatalogRefresher(CatalogClient client, KioskStore store, Clock clock, Executor publisher) {
        this.client = client;
        this.store = store;
        this.clock = clock;
        this.publisher = publisher;
        lastUpdated.set(store.lastSyncedAt().orElse(null));
    }

    /**
     * Fetches vacancies and reference data and replaces the stored catalogue with them in one
     * transaction. When the server cannot be reached or answers nonsense, the store is left as
     * it was and the state turns offline.
     *
     * @return whether the catalogue was refreshed
     */
    public boolean refresh() {
        try {
            ReferenceData referenceData = client.fetchReferenceData();
            List<Vacancy> vacancies = client.fetchVacancies();
            Instant now = clock.instant();
            store.replaceCatalog(new Catalog(vacancies, referenceData), now);
            LOG.info("Catalogue refreshed: {} vacancies", vacancies.size());
            publisher.execute(() -> {
                lastUpdated.set(now);
                connectionState.set(ConnectionState.ONLINE);
            });
            return true;
        } catch (SyncException e) {
            LOG.warn("Catalogue not refreshed, showing the stored one: {}", e.getMessage());
            publisher.execute(() -> connectionState.set(ConnectionState.OFFLINE));
            return false;
        }
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /** When the stored catalogue was last updated from the server; holds null before the first time. */
    public ReadOnlyObjectProperty<Instant> lastUpdatedProperty() {
        return lastUpdated.getReadOnlyProperty();
    }

    public Optional<Instant> lastUpdated() {
        return Optional.ofNullable(lastUpdated.get());
    }
}
