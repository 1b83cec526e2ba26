package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.SlipPrinter;
import id.anjungan.kiosk.printer.SlipPrinters;
import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.sync.KioskApiClient;
import id.anjungan.kiosk.sync.KioskKeysOnDisk;
import id.anjungan.protocol.kiosk.PrinterState;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the kiosk needs to issue referral slips, put together: the configured printer, the
 * issuer (signing with the kiosk's own key), the outbox and its uploader. The app builds one and
 * starts it next to the sync client; the heartbeat reads {@link #outboxLength()} and
 * {@link #printerState()}.
 */
public final class SlipDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlipDesk.class);

    private final OutboxStore outbox;
    private final SlipPrinter printer;
    private final SlipIssuer issuer;
    private final OutboxUploader uploader;

    private SlipDesk(OutboxStore outbox, SlipPrinter printer, SlipIssuer issuer, OutboxUploader uploader) {
        this.outbox = outbox;
        this.printer = printer;
        this.issuer = issuer;
        this.uploader = uploader;
    }

    /**
     * @param defaultCentreId the configured centre, used until the kiosk is enrolled for one
     */
    public static SlipDesk create(PrinterConfig printerConfig, KioskStore store, KioskApiClient api,
                                  String defaultCentreId, Clock clock) {
        return create(SlipPrinters.create(printerConfig), store, api::uploadOutbox, defaultCentreId, clock);
    }

    /** With a given printer and outbox endpoint, for tests. */
    public static SlipDesk create(SlipPrinter printer, KioskStore store, OutboxUploader.OutboxApi api,
                                  String defaultCentreId, Clock clock) {
        Objects.requireNonNull(defaultCentreId, "defaultCentreId");
        IdentityStore identity = store.identity();
        OutboxStore outbox = store.outbox();
        OutboxUploader uploader = new OutboxUploader(outbox,
                () -> identity.enrolment().map(IdentityStore.Enrolment::token), api, clock, OutboxUploader.BATCH_SIZE);
        SlipIssuer issuer = new SlipIssuer(store, printer,
                () -> KioskKeysOnDisk.loadOrCreate(identity, clock.instant()),
                () -> identity.enrolment().map(IdentityStore.Enrolment::centreId).orElse(defaultCentreId),
                clock, new SecureRandom(), uploader::requestUpload);
        return new SlipDesk(outbox, printer, issuer, uploader);
    }

    /** Starts uploading the outbox every 30 seconds. */
    public void start() {
        uploader.start();
    }

    public SlipIssuer issuer() {
        return issuer;
    }

    public OutboxUploader uploader() {
        return uploader;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    public SlipPrinter printer() {
        return printer;
    }

    /** Slips not yet acknowledged by the server, for the heartbeat; 0 if the store cannot say. */
    public int outboxLength() {
        try {
            return outbox.pendingCount();
        } catch (RuntimeException e) {
            LOG.warn("cannot count the outbox: {}", e.toString());
            return 0;
        }
    }

    /** The printer's state for the heartbeat. Blocks briefly (a network printer is asked). */
    public PrinterState printerState() {
        return issuer.printerState();
    }

    @Override
    public void close() {
        uploader.close();
    }
}
