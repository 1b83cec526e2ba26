package id.anjungan.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** INSERT ... ON CONFLICT (id) DO UPDATE: the same statement works in SQLite and PostgreSQL. */
public final class Upsert {
    private Upsert() {
    }

    /**
     * @param columns comma-separated column names, the first being the primary key "id"
     * @param values one value a column, in the same order
     */
    public static void into(Connection c, String table, String columns, Object... values) throws SQLException {
        String[] names = columns.split(",\\s*");
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " columns but " + values.length + " values for " + table);
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES (")
                .append("?, ".repeat(names.length - 1)).append("?) ON CONFLICT (id) DO UPDATE SET ");
        for (int i = 1; i < names.length; i++) {
            sql.append(i > 1 ? ", " : "").append(names[i]).append(" = excluded.").append(names[i]);
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
