package id.anjungan.server.vacancy;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.JsonColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Vacancies narrowed by their indexed columns, newest first; read only (writes go through {@link VacancyStore}). */
public final class VacancySearch {
    /** What a vacancy's state is on a given day, as staff think of it. */
    public enum State {
        /** Open and not past its deadline: kiosks show it. */
        LIVE,
        /** Open, but its deadline has passed: kiosks hide it. */
        EXPIRED,
        FILLED,
        CLOSED
    }

    /**
     * @param regionIds only these regions; null for any
     * @param employerId only this employer; null for any
     * @param regionId, tradeId, state further filters; null for any
     */
    public record Criteria(Set<String> regionIds, String employerId, String regionId, String tradeId, State state) {
    }

    public List<Vacancy> find(Connection c, Criteria criteria, LocalDate today) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT document FROM vacancy WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        if (criteria.regionIds() != null) {
            if (criteria.regionIds().isEmpty()) {
                return List.of();
            }
            sql.append(" AND region_id IN (").append("?, ".repeat(criteria.regionIds().size() - 1)).append("?)");
            values.addAll(criteria.regionIds().stream().sorted().toList());
        }
        add(sql, values, "employer_id", criteria.employerId());
        add(sql, values, "region_id", criteria.regionId());
        add(sql, values, "trade_id", criteria.tradeId());
        if (criteria.state() != null) {
            switch (criteria.state()) {
                case LIVE -> {
                    sql.append(" AND status = 'OPEN' AND valid_through >= ?");
                    values.add(today.toString());
                }
                case EXPIRED -> {
                    sql.append(" AND status = 'OPEN' AND valid_through < ?");
                    values.add(today.toString());
                }
                case FILLED -> sql.append(" AND status = 'FILLED'");
                case CLOSED -> sql.append(" AND status = 'CLOSED'");
            }
        }
        sql.append(" ORDER BY date_posted DESC, id");
        List<Vacancy> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(JsonColumns.read(rows.getString(1), Vacancy.class));
                }
            }
        }
        return result;
    }

    public static State stateOf(Vacancy v, LocalDate today) {
        return switch (v.status()) {
            case OPEN -> today.isAfter(v.validThrough()) ? State.EXPIRED : State.LIVE;
            case FILLED -> State.FILLED;
            case CLOSED -> State.CLOSED;
        };
    }

    private static void add(StringBuilder sql, List<String> values, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }
}
