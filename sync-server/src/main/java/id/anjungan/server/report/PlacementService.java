package id.anjungan.server.report;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.server.SyncServer;
import id.anjungan.server.account.Principal;
import id.anjungan.server.db.Database;
import id.anjungan.server.reference.ReferenceStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the referral funnel of the slips issued in a period, grouped by centre, trade, estate or
 * employer. A slip counts in the period it was printed in; what happened to it later (presented,
 * interviewed, hired) counts with it, whenever that was:
 * <ul>
 * <li>issued: slips printed on a kiosk in the period (as uploaded from the kiosk's outbox);</li>
 * <li>presented: of those, shown at an employer's intake desk (a presentation or an outcome is recorded);</li>
 * <li>interviewed: of those, with any outcome recorded (interviewed, hired or not hired: a decision
 * either way means the job seeker was seen);</li>
 * <li>hired: of those, with the outcome hired.</li>
 * </ul>
 * An administrator sees every slip (or one centre's), centre staff the slips of their centre's
 * kiosks, an employer only the slips made out to it.
 */
public final class PlacementService {
    private final Database database;
    private final ReferenceStore reference;
    private final Clock clock;

    public PlacementService(Database database, ReferenceStore reference, Clock clock) {
        this.database = database;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SyncServer.ZONE));
    }

    /** One referral slip with what became of it. */
    record SlipFacts(String slipId, Instant issuedAt, String centreId, String tradeId, String estateId,
                     String employerId, boolean presented, String outcome) {
        boolean interviewed() {
            return outcome != null;
        }

        boolean hired() {
            return "HIRED".equals(outcome);
        }

        String key(GroupBy by) {
            return switch (by) {
                case CENTRE -> centreId;
                case TRADE -> tradeId;
                case ESTATE -> estateId;
                case EMPLOYER -> employerId;
            };
        }
    }

    /** The centres an administrator may narrow the report to; centre staff and employers choose none. */
    public List<TrainingCentre> centres(Principal who) {
        if (!who.isAdmin()) {
            return List.of();
        }
        return database.readConsistent(c -> reference.loadAll(c).centres().stream()
                .sorted(Comparator.comparing(TrainingCentre::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    /**
     * @param centreFilter an administrator's choice of one centre (blank for all); ignored for other roles
     */
    public PlacementReport report(Principal who, ReportPeriod period, GroupBy by, String centreFilter) {
        String centre = who.isStaff() ? who.account().centreId()
                : who.isAdmin() && centreFilter != null && !centreFilter.isBlank() ? centreFilter : null;
        return database.readConsistent(c -> {
            ReferenceData ref = reference.loadAll(c);
            Map<String, PlacementRow> groups = new LinkedHashMap<>();
            PlacementRow total = new PlacementRow(null, null, 0, 0, 0, 0);
            for (SlipFacts slip : slips(c, who, centre, period)) {
                String key = slip.key(by);
                PlacementRow row = groups.computeIfAbsent(String.valueOf(key),
                        k -> new PlacementRow(key, label(ref, by, key).orElse(null), 0, 0, 0, 0));
                groups.put(String.valueOf(key), row.plus(slip.presented(), slip.interviewed(), slip.hired()));
                total = total.plus(slip.presented(), slip.interviewed(), slip.hired());
            }
            List<PlacementRow> rows = new ArrayList<>(groups.values());
            rows.sort(Comparator.comparingInt(PlacementRow::issued).reversed()
                    .thenComparing(r -> r.label() == null ? "\uffff" : r.label().toLowerCase()));
            return new PlacementReport(period, by, centre, rows, total);
        });
    }

    private static Optional<String> label(ReferenceData ref, GroupBy by, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (by) {
            case CENTRE -> Optional.of(ref.centre(key).map(x -> x.name()).orElse(key));
            case TRADE -> Optional.of(ref.trade(key).map(x -> x.name()).orElse(key));
            case ESTATE -> Optional.of(ref.estate(key).map(x -> x.name()).orElse(key));
            case EMPLOYER -> Optional.of(ref.employer(key).map(x -> x.name()).orElse(key));
        };
    }

    /** The slips of the period this account may see, with their outcome. */
    List<SlipFacts> slips(Connection c, Principal who, String centre, ReportPeriod period) throws SQLException {
        Instant start = period.start(SyncServer.ZONE);
        Instant end = period.end(SyncServer.ZONE);
        StringBuilder sql = new StringBuilder("SELECT s.id, s.issued_at, k.centre_id, v.trade_id,"
                + " COALESCE(v.estate_id, e.estate_id), s.employer_id,"
                + " CASE WHEN p.slip_id IS NOT NULL OR o.slip_id IS NOT NULL THEN 1 ELSE 0 END, o.outcome"
                + " FROM referral_slip s JOIN kiosk k ON k.id = s.kiosk_id"
                + " LEFT JOIN vacancy v ON v.id = s.vacancy_id"
                + " LEFT JOIN employer e ON e.id = s.employer_id"
                + " LEFT JOIN slip_presentation p ON p.slip_id = s.id"
                + " LEFT JOIN referral_outcome o ON o.slip_id = s.id"
                // issued_at is Instant.toString() text, whose width varies: narrow by text a second wide, then exactly.
                + " WHERE s.issued_at >= ? AND s.issued_at <= ?");
        List<String> args = new ArrayList<>(List.of(start.minusSeconds(1).toString(), end.plusSeconds(1).toString()));
        if (centre != null) {
            sql.append(" AND k.centre_id = ?");
            args.add(centre);
        }
        if (who.isEmployer()) {
            sql.append(" AND s.employer_id = ?");
            args.add(who.account().employerId());
        }
        List<SlipFacts> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant issued = Instant.parse(r.getString(2));
                    if (!issued.isBefore(start) && issued.isBefore(end)) {
                        result.add(new SlipFacts(r.getString(1), issued, r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getInt(7) == 1, r.getString(8)));
                    }
                }
            }
        }
        return result;
    }
}
