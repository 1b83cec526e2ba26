package id.anjungan.kiosk.sync;

import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's store following the server: enrols the kiosk (by itself when a code is
 * configured, else when staff type one), takes a snapshot when the store has no cursor or the
 * server no longer has it, then applies the pushed change stream batch by batch, each together
 * with its cursor. Sends a heartbeat every minute.
 *
 * <p>State changes are published through the given executor ({@code Platform::runLater} in the
 * app, {@code Runnable::run} in tests), so listeners may touch the UI.
 */
public final class KioskSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSync.class);
    static final Duration HEARTBEAT_INTERVAL = Duration.ofMinutes(1);
    /** Four missed server heartbeats (15 s apart) and the stream is taken for dead. */
    static final Duration SILENCE_LIMIT = Duration.ofSeconds(60);
    /** The server's largest page: fewer round trips when catching up after a long absence. */
    static final int CATCH_UP_PAGE = 5_000;

    private final KioskStore store;
    private final IdentityStore identity;
    private final KioskApiClient api;
    private final Clock clock;
    private final Executor publisher;
    private final String appVersion;
    private final Optional<String> enrolmentCode;
    private final IntSupplier outboxLength;
    private final Supplier<PrinterState> printerState;
    private final ChangeStreamClient stream;
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kiosk-sync-fetch");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kiosk-sync-timers");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadOnlyObjectWrapper<ConnectionState> connectionState = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Instant> lastUpdated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper catalogVersion = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper enrolmentNeeded = new ReadOnlyBooleanWrapper();
    private volatile boolean tokenRejected;

    public KioskSync(KioskStore store, KioskApiClient api, HttpClient http, Clock clock, Executor publisher,
                     String appVersion, Optional<String> enrolmentCode, IntSupplier outboxLength,
                     Supplier<PrinterState> printerState, Backoff backoff) {
        this.store = store;
        this.identity = store.identity();
        this.api = api;
        this.clock = clock;
        this.publisher = publisher;
        this.appVersion = appVersion;
        this.enrolmentCode = enrolmentCode.map(String::trim).filter(code -> !code.isEmpty());
        this.outboxLength = outboxLength;
        this.printerState = printerState;
        this.stream = new ChangeStreamClient(http, api.serverUrl(), this::token, this::prepare, new StreamListener(),
                backoff, SILENCE_LIMIT);
        lastUpdated.set(store.lastSyncedAt().orElse(null));
    }

    public void start() {
        KioskKeysOnDisk.loadOrCreate(identity, clock.instant()); // made on the first start, kept in the store
        stream.start();
        timers.scheduleWithFixedDelay(this::heartbeatQuietly, 5, HEARTBEAT_INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    /** Enrols with a code staff typed in; blocks on the network, so call it off the UI thread. */
    public void enrol(String code) throws SyncException {
        enrolWith(code);
        tokenRejected = false;
        publisher.execute(() -> enrolmentNeeded.set(false));
    }

    /**
     * Pulls every change after the stored cursor page by page, or a snapshot when there is none or
     * the server no longer has it; the staff panel's "sync now". Blocks on the network.
     */
    public void syncNow() throws SyncException {
        String token = requireToken();
        Optional<SyncCursor> cursor = store.cursor();
        if (cursor.isEmpty()) {
            takeSnapshot();
            return;
        }
        // The next page is fetched while this one is applied: after days offline the kiosk's SQLite
        // work and the network then overlap (BENCHMARKS.md, catch-up).
        CompletableFuture<RawChangeBatch> next = fetch(token, cursor.get());
        RawChangeBatch batch;
        do {
            try {
                batch = await(next);
            } catch (CursorGoneException e) {
                takeSnapshot();
                return;
            }
            next = batch.more() ? fetch(token, batch.cursor()) : null;
            apply(batch);
        } while (batch.more());
    }

    private CompletableFuture<RawChangeBatch> fetch(String token, SyncCursor after) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return api.changesAfter(token, after, CATCH_UP_PAGE);
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        }, fetcher);
    }

    private static RawChangeBatch await(CompletableFuture<RawChangeBatch> page) throws SyncException {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SyncException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The resume cursor for the stream: enrols and takes a snapshot first where needed; null to wait and retry. */
    private SyncCursor prepare() {
        try {
            if (identity.enrolment().isEmpty() || tokenRejected) {
                if (enrolmentCode.isEmpty()) {
                    publisher.execute(() -> enrolmentNeeded.set(true));
                    return null;
                }
                enrolWith(enrolmentCode.get());
                tokenRejected = false;
            }
            Optional<SyncCursor> cursor = store.cursor();
            if (cursor.isEmpty()) {
                takeSnapshot();
                cursor = store.cursor();
            }
            return cursor.orElse(null);
        } catch (RefusedException e) {
            LOG.warn("the server refused this kiosk: {}", e.getMessage());
            publisher.execute(() -> enrolmentNeeded.set(true));
            return null;
        } catch (SyncException e) {
            LOG.info("cannot sync yet: {}", e.getMessage());
            publisher.execute(() -> connectionState.set(ConnectionState.OFFLINE));
            return null;
        }
    }

    private void enrolWith(String code) throws SyncException {
        // Enrolled before means the server refused this kiosk (revoked, or forgotten): it refuses the
        // old key too, so the kiosk joins again with a new one.
        boolean again = identity.enrolment().isPresent();
        KeyPair pair = again ? KioskKeys.generate()
                : KioskKeysOnDisk.loadOrCreate(identity, clock.instant());
        EnrolmentResponse response = api.enrol(new EnrolmentRequest(code, KioskKeysOnDisk.publicKeyText(pair), appVersion));
        Instant now = clock.instant();
        IdentityStore.Enrolment enrolment = new IdentityStore.Enrolment(response.kioskId(), response.centreId(),
                response.token(), now);
        if (again) {
            identity.replaceIdentity(KioskKeysOnDisk.stored(pair), enrolment, now);
        } else {
            identity.saveEnrolment(enrolment);
        }
        LOG.info("enrolled as {} of centre {}", response.kioskId(), response.centreId());
    }

    private void takeSnapshot() throws SyncException {
        Snapshot snapshot = api.snapshot(requireToken());
        Instant now = clock.instant();
        store.replaceCatalog(new Catalog(snapshot.vacancies(), snapshot.reference()), now, snapshot.cursor());
        LOG.info("snapshot applied: {} vacancies at {}", snapshot.vacancies().size(), snapshot.cursor().asText());
        published(now);
    }

    private void apply(RawChangeBatch batch) {
        Instant now = clock.instant();
        if (store.applyBatch(batch, now)) {
            published(now);
        }
    }

    private void published(Instant now) {
        publisher.execute(() -> {
            lastUpdated.set(now);
            catalogVersion.set(catalogVersion.get() + 1);
        });
    }

    private String token() {
        return identity.enrolment().map(IdentityStore.Enrolment::token).orElse("");
    }

    private String requireToken() throws RefusedException {
        return identity.enrolment().map(IdentityStore.Enrolment::token)
                .orElseThrow(() -> new RefusedException(401, "this kiosk is not enrolled yet"));
    }

    private void heartbeatQuietly() {
        Optional<IdentityStore.Enrolment> enrolment = identity.enrolment();
        if (enrolment.isEmpty()) {
            return;
        }
        try {
            api.heartbeat(enrolment.get().token(), new Heartbeat(appVersion, store.cursor().orElse(null),
                    outboxLength.getAsInt(), printerState.get(), clock.instant()));
        } catch (SyncException | RuntimeException e) {
            LOG.debug("heartbeat not sent: {}", e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /** When the store was last confirmed up to date with the server; null before the first time. */
    public ReadOnlyObjectProperty<Instant> lastUpdatedProperty() {
        return lastUpdated.getReadOnlyProperty();
    }

    /** Counts the changes applied to the store since start: screens reload when it moves. */
    public ReadOnlyLongProperty catalogVersionProperty() {
        return catalogVersion.getReadOnlyProperty();
    }

    /** True while the kiosk has no enrolment the server accepts and no code to enrol with by itself. */
    public ReadOnlyBooleanProperty enrolmentNeededProperty() {
        return enrolmentNeeded.getReadOnlyProperty();
    }

    /** The centre this kiosk was enrolled for, once it is. */
    public Optional<String> enrolledCentreId() {
        return identity.enrolment().map(IdentityStore.Enrolment::centreId);
    }

    @Override
    public void close() {
        stream.close();
        timers.shutdownNow();
        fetcher.shutdownNow();
    }

    private final class StreamListener implements ChangeStreamClient.Listener {
        @Override
        public void connected() {
            timers.execute(KioskSync.this::heartbeatQuietly);
            Instant now = clock.instant();
            publisher.execute(() -> {
                connectionState.set(ConnectionState.ONLINE);
                lastUpdated.set(now);
            });
        }

        @Override
        public void batch(RawChangeBatch batch) {
            apply(batch);
        }

        @Override
        public void reset(String reason) {
            LOG.info("the server no longer has this kiosk's cursor ({}); taking a snapshot", reason);
            try {
                takeSnapshot();
            } catch (SyncException e) {
                LOG.warn("snapshot failed, will retry: {}", e.getMessage());
            }
        }

        @Override
        public void disconnected(String reason) {
            LOG.info("change stream disconnected: {}", reason);
            publisher.execute(() -> connectionState.set(ConnectionState.OFFLINE));
        }

        @Override
        public void syncRequested() {
            // Off the stream's thread, so pushed events keep flowing; the store leaves out any
            // pushed page the catch-up has already gone past.
            timers.execute(() -> {
                try {
                    syncNow();
                } catch (SyncException | RuntimeException e) {
                    LOG.info("sync now requested by the server failed: {}", e.getMessage());
                }
                heartbeatQuietly();
            });
        }

        @Override
        public void refused(int status, String reason) {
            LOG.warn("the server refused this kiosk ({}): {}", status, reason);
            tokenRejected = true;
        }
    }
}
