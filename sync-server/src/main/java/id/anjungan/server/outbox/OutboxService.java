package id.anjungan.server.outbox;

import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxReceipt;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.kiosk.Kiosk;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Receives the referral slips kiosks issued, also while they were offline. */
public final class OutboxService {
    public static final int MAX_BATCH = 500;

    private final Database database;
    private final SlipStore slips;
    private final Clock clock;

    public OutboxService(Database database, SlipStore slips, Clock clock) {
        this.database = database;
        this.slips = slips;
        this.clock = clock;
    }

    /** Stores the batch in one transaction; slips already stored are acknowledged again, not stored twice. */
    public OutboxReceipt receive(Kiosk kiosk, OutboxUpload upload) {
        if (upload.slips().size() > MAX_BATCH) {
            throw new BadRequestException("at most " + MAX_BATCH + " slips in one upload, got " + upload.slips().size());
        }
        return database.inTransaction(c -> {
            List<String> stored = new ArrayList<>();
            for (IssuedSlip slip : upload.slips()) {
                String owner = slips.uploader(c, slip.slipId()).orElse(kiosk.id());
                if (!owner.equals(kiosk.id())) {
                    throw new BadRequestException("slip " + slip.slipId() + " was uploaded by another kiosk");
                }
                slips.insertIfAbsent(c, kiosk.id(), slip, clock.instant());
                stored.add(slip.slipId());
            }
            return new OutboxReceipt(stored);
        });
    }
}
