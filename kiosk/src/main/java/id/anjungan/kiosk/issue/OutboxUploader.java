package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.sync.RefusedException;
import id.anjungan.kiosk.sync.ServerUnreachableException;
import id.anjungan.kiosk.sync.SyncException;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxReceipt;
import id.anjungan.protocol.kiosk.OutboxUpload;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the slips in the outbox to the server in batches, every {@link #INTERVAL}, right after a
 * slip is issued, and when the kiosk comes back online. The server stores each slip once by its id,
 * so sending a slip again (after a lost answer, say) is harmless; only the ids the server
 * acknowledged are marked uploaded. While offline, slips simply wait.
 *
 * <p>Uploaded slips stay on the kiosk for {@link #KEEP_UPLOADED} (for a reprint by staff), then are
 * deleted with any name and phone they carry. A slip that has not reached the server after
 * {@link IssuedSlip#APPLICANT_KEPT_FOR} loses its name and phone on the kiosk as well, and is uploaded without them.
 */
public final class OutboxUploader implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(30);
    public static final int BATCH_SIZE = 100;
    public static final Duration KEEP_UPLOADED = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxUploader.class);

    /** The server's outbox endpoint: {@code KioskApiClient::uploadOutbox} in the app. */
    @FunctionalInterface
    public interface OutboxApi {
        OutboxReceipt upload(String token, OutboxUpload upload) throws SyncException;
    }

    /**
     * What one round of uploading did.
     *
     * @param uploaded slips the server acknowledged in this round
     * @param pending slips still waiting afterwards
     * @param failure why the round stopped early (offline, refused), if it did
     */
    public record Report(int uploaded, int pending, Optional<String> failure) {
        public boolean complete() {
            return failure.isEmpty();
        }
    }

    private final OutboxStore outbox;
    private final Supplier<Optional<String>> token;
    private final OutboxApi api;
    private final Clock clock;
    private final int batchSize;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-outbox-upload");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    /**
     * @param token the kiosk's bearer token once it is enrolled
     * @param batchSize at most this many slips in one request (the server takes up to 500)
     */
    public OutboxUploader(OutboxStore outbox, Supplier<Optional<String>> token, OutboxApi api, Clock clock,
                          int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        }
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.token = Objects.requireNonNull(token, "token");
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchSize = batchSize;
    }

    /** Uploads every {@link #INTERVAL} from now on, in the background. */
    public void start() {
        worker.scheduleWithFixedDelay(this::uploadQuietly, 2, INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    /** Asks for an upload in the background soon; requests made while one is waiting count once. Never blocks. */
    public void requestUpload() {
        if (requested.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    requested.set(false);
                    uploadQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                requested.set(false); // closed
            }
        }
    }

    /**
     * Uploads every pending slip now, batch by batch, on the calling thread; stops at the first batch
     * that cannot be sent. Blocks on the network. Not to be called while the background uploader runs
     * a round (it is safe, but may send a batch twice).
     */
    public Report uploadNow() {
        // First, and whether or not the server can be reached: a kiosk offline for months is the case.
        outbox.eraseApplicantsIssuedBefore(clock.instant().minus(IssuedSlip.APPLICANT_KEPT_FOR));
        Optional<String> bearer = token.get();
        if (bearer.isEmpty()) {
            return new Report(0, outbox.pendingCount(), Optional.of("not enrolled yet"));
        }
        int uploaded = 0;
        Set<String> refused = new HashSet<>();
        while (true) {
            List<IssuedSlip> batch = outbox.pending(batchSize + refused.size()).stream()
                    .filter(slip -> !refused.contains(slip.slipId()))
                    .limit(batchSize)
                    .toList();
            if (batch.isEmpty()) {
                break;
            }
            try {
                Set<String> acknowledged = send(bearer.get(), batch);
                uploaded += acknowledged.size();
                batch.stream().map(IssuedSlip::slipId).filter(id -> !acknowledged.contains(id)).forEach(refused::add);
            } catch (ServerUnreachableException | RefusedException e) {
                return new Report(uploaded, outbox.pendingCount(), Optional.of(e.getMessage()));
            } catch (SyncException e) {
                // The server could not take this batch (one slip it refuses, say): send its slips one
                // by one, so a single bad slip does not hold back the others.
                LOG.warn("outbox batch of {} refused ({}); sending its slips one by one", batch.size(), e.getMessage());
                for (IssuedSlip slip : batch) {
                    try {
                        Set<String> acknowledged = send(bearer.get(), List.of(slip));
                        uploaded += acknowledged.size();
                        if (acknowledged.isEmpty()) {
                            refused.add(slip.slipId());
                        }
                    } catch (ServerUnreachableException | RefusedException stop) {
                        return new Report(uploaded, outbox.pendingCount(), Optional.of(stop.getMessage()));
                    } catch (SyncException single) {
                        LOG.error("the server refuses slip {}; it stays in the outbox: {}", slip.slipId(),
                                single.getMessage());
                        refused.add(slip.slipId());
                    }
                }
            }
        }
        outbox.forgetUploadedIssuedBefore(clock.instant().minus(KEEP_UPLOADED));
        int pending = outbox.pendingCount();
        return new Report(uploaded, pending, refused.isEmpty()
                ? Optional.empty() : Optional.of(refused.size() + " slips refused by the server"));
    }

    /** Sends one batch and marks what the server acknowledged as uploaded; returns those ids. */
    private Set<String> send(String bearer, List<IssuedSlip> batch) throws SyncException {
        OutboxReceipt receipt = api.upload(bearer, new OutboxUpload(batch));
        Set<String> sent = new HashSet<>();
        batch.forEach(slip -> sent.add(slip.slipId()));
        Set<String> acknowledged = new HashSet<>(receipt.storedSlipIds());
        acknowledged.retainAll(sent);
        outbox.markUploaded(acknowledged, clock.instant());
        return acknowledged;
    }

    private void uploadQuietly() {
        try {
            Report report = uploadNow();
            if (report.uploaded() > 0 || !report.complete()) {
                LOG.info("outbox: {} uploaded, {} pending{}", report.uploaded(), report.pending(),
                        report.failure().map(why -> " (" + why + ")").orElse(""));
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox upload failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
