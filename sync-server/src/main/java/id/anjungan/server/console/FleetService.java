package id.anjungan.server.console;

import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.SyncServer;
import id.anjungan.server.account.Principal;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.kiosk.EnrolmentCode;
import id.anjungan.server.kiosk.EnrolmentService;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.kiosk.KioskLastSeen;
import id.anjungan.server.sync.ChangeLog;
import id.anjungan.server.sync.ChangeStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kiosk fleet as centre staff look after it: what each kiosk last reported, how far behind the
 * change log it is, which have gone silent; enrolment codes and revocation.
 */
public final class FleetService {
    private final Database database;
    private final EnrolmentService enrolment;
    private final ChangeLog changeLog;
    private final ReferenceStore reference;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration silentAfter;
    private final KioskLastSeen lastSeen;
    private final ChangeStream stream;

    public FleetService(Database database, EnrolmentService enrolment, ChangeLog changeLog, ReferenceStore reference,
                        AuditLog audit, Clock clock, Duration silentAfter, KioskLastSeen lastSeen, ChangeStream stream) {
        this.lastSeen = lastSeen;
        this.stream = stream;
        this.database = database;
        this.enrolment = enrolment;
        this.changeLog = changeLog;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.silentAfter = silentAfter;
    }

    /**
     * One kiosk as the fleet page shows it.
     *
     * @param lag changes in the log the kiosk has not applied; null when it never reported a cursor
     * @param lagUnknown the kiosk's cursor is of another epoch: it will take a fresh snapshot
     * @param clockDrift the kiosk's clock minus the server's at its last heartbeat, or null
     * @param silent not heard from for longer than the configured time (revoked kiosks never are)
     */
    public record KioskRow(String id, String centreId, String centreName, Instant enrolledAt, Instant revokedAt,
                           Instant lastSeenAt, String appVersion, Long lag, boolean lagUnknown, Integer outboxLength,
                           String printerState, int slipsToday, Duration clockDrift, boolean silent) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    public record Fleet(List<KioskRow> kiosks, List<TrainingCentre> centres, Duration silentAfter, SyncCursor head) {
        public long silentCount() {
            return kiosks.stream().filter(KioskRow::silent).count();
        }
    }

    public Fleet fleet(Principal who, String centreFilter) {
        requireKioskRole(who);
        String centre = who.isStaff() ? who.account().centreId()
                : centreFilter == null || centreFilter.isBlank() ? null : centreFilter;
        // "Last seen" is kept in memory between writes; write it now so the page shows the latest.
        lastSeen.flush();
        Instant now = clock.instant();
        Instant dayStart = LocalDate.now(clock.withZone(SyncServer.ZONE)).atStartOfDay(SyncServer.ZONE).toInstant();
        return database.readConsistent(c -> {
            SyncCursor head = changeLog.head(c);
            Map<String, TrainingCentre> centres = reference.loadAll(c).centres().stream()
                    .collect(Collectors.toMap(TrainingCentre::id, Function.identity()));
            List<KioskRow> rows = new ArrayList<>();
            String sql = "SELECT id, centre_id, enrolled_at, revoked_at, last_seen_at, app_version, cursor_epoch, cursor_seq,"
                    + " outbox_length, printer_state, kiosk_clock, heartbeat_at FROM kiosk"
                    + (centre == null ? "" : " WHERE centre_id = ?")
                    + " ORDER BY centre_id, CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, id";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (centre != null) {
                    s.setString(1, centre);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(row(c, r, head, centres, now, dayStart));
                    }
                }
            }
            List<TrainingCentre> visibleCentres = centres.values().stream()
                    .filter(tc -> who.reachesCentre(tc.id()))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
            return new Fleet(rows, visibleCentres, silentAfter, head);
        });
    }

    private KioskRow row(Connection c, ResultSet r, SyncCursor head, Map<String, TrainingCentre> centres, Instant now,
                         Instant dayStart) throws SQLException {
        String id = r.getString(1);
        String centreId = r.getString(2);
        Instant revokedAt = instant(r.getString(4));
        Instant lastSeen = instant(r.getString(5));
        String epoch = r.getString(7);
        long seq = r.getLong(8);
        boolean hasCursor = !r.wasNull();
        int outbox = r.getInt(9);
        Integer outboxLength = r.wasNull() ? null : outbox;
        Instant kioskClock = instant(r.getString(11));
        Instant heartbeatAt = instant(r.getString(12));
        Long lag = hasCursor && head.epoch().equals(epoch) ? Math.max(0, head.seq() - seq) : null;
        boolean lagUnknown = hasCursor && !head.epoch().equals(epoch);
        Duration drift = kioskClock != null && heartbeatAt != null ? Duration.between(heartbeatAt, kioskClock) : null;
        boolean silent = revokedAt == null && (lastSeen == null || lastSeen.plus(silentAfter).isBefore(now));
        TrainingCentre centre = centres.get(centreId);
        return new KioskRow(id, centreId, centre == null ? centreId : centre.name(), instant(r.getString(3)), revokedAt,
                lastSeen, r.getString(6), lag, lagUnknown, outboxLength, r.getString(10), slipsSince(c, id, dayStart),
                drift, silent);
    }

    /** Slips the kiosk's uploads brought in since the start of today (Jakarta time). */
    private static int slipsSince(Connection c, String kioskId, Instant since) throws SQLException {
        // received_at is Instant.toString() text, whose width varies; compare a second early as text, then exactly.
        int count = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT received_at FROM referral_slip WHERE kiosk_id = ? AND received_at >= ?")) {
            s.setString(1, kioskId);
            s.setString(2, since.minusSeconds(1).toString());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    if (!Instant.parse(rows.getString(1)).isBefore(since)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** A one-time enrolment code for a centre's new kiosk. */
    public EnrolmentCode createCode(Principal who, String centreId, int validHours) {
        requireKioskRole(who);
        String centre = who.isStaff() ? who.account().centreId() : centreId;
        if (centre == null || centre.isBlank() || !who.reachesCentre(centre)) {
            throw new ForbiddenException("this account does not look after the kiosks of centre " + centre);
        }
        return enrolment.createCode(centre, Duration.ofHours(validHours), c ->
                audit.append(c, Actor.of(who), "kiosk.code", "centre", centre, "validHours: " + validHours));
    }

    public void revoke(Principal who, String kioskId) {
        requireKioskRole(who);
        enrolment.revoke(kioskId, (c, kiosk) -> {
            if (!who.reachesCentre(kiosk.centreId())) {
                throw new NotFoundException("kiosk", kioskId);
            }
            audit.append(c, Actor.of(who), "kiosk.revoke", "kiosk", kioskId, kiosk.centreId());
        });
    }

    /**
     * "Sync now": asks the kiosk, over its open event stream, to catch up and report at once. Returns
     * how many of its streams were asked; 0 when it is not connected (it catches up when it connects).
     */
    public int requestSync(Principal who, String kioskId) {
        requireKioskRole(who);
        return database.inTransaction(c -> {
            String centreId;
            try (PreparedStatement s = c.prepareStatement("SELECT centre_id FROM kiosk WHERE id = ? AND revoked_at IS NULL")) {
                s.setString(1, kioskId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new NotFoundException("kiosk", kioskId);
                    }
                    centreId = r.getString(1);
                }
            }
            if (!who.reachesCentre(centreId)) {
                throw new NotFoundException("kiosk", kioskId);
            }
            int streams = stream.requestSync(kioskId, who.account().username());
            audit.append(c, Actor.of(who), "kiosk.syncNow", "kiosk", kioskId, "open streams: " + streams);
            return streams;
        });
    }

    private static void requireKioskRole(Principal who) {
        if (who.isEmployer()) {
            throw new ForbiddenException("employer accounts do not look after kiosks");
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
