package id.anjungan.server.account;

import id.anjungan.server.db.TimeText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Console accounts and their password hashes. */
public final class AccountStore {
    private static final String COLUMNS = "id, username, display_name, role, centre_id, employer_id, created_at, disabled_at";

    public void insert(Connection c, Account a, String passwordHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account (" + COLUMNS + ", password_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setString(2, a.username());
            s.setString(3, a.displayName());
            s.setString(4, a.role().name());
            s.setString(5, a.centreId());
            s.setString(6, a.employerId());
            s.setString(7, TimeText.of(a.createdAt()));
            s.setString(8, TimeText.of(a.disabledAt()));
            s.setString(9, passwordHash);
            s.executeUpdate();
        }
    }

    public Optional<Account> byId(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM account WHERE id = ?", id);
    }

    public Optional<Account> byUsername(Connection c, String username) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM account WHERE username = ?", username);
    }

    public Optional<String> passwordHash(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM account WHERE id = ?")) {
            s.setString(1, accountId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public void setPasswordHash(Connection c, String accountId, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE account SET password_hash = ? WHERE id = ?")) {
            s.setString(1, hash);
            s.setString(2, accountId);
            s.executeUpdate();
        }
    }

    public void setDisabledAt(Connection c, String accountId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE account SET disabled_at = ? WHERE id = ?")) {
            s.setString(1, TimeText.of(at));
            s.setString(2, accountId);
            s.executeUpdate();
        }
    }

    public List<Account> all(Connection c) throws SQLException {
        List<Account> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY role, username");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(read(rows));
            }
        }
        return result;
    }

    public int countWithRole(Connection c, Role role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM account WHERE role = ?")) {
            s.setString(1, role.name());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Optional<Account> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static Account read(ResultSet rows) throws SQLException {
        return new Account(rows.getString(1), rows.getString(2), rows.getString(3), Role.valueOf(rows.getString(4)),
                rows.getString(5), rows.getString(6), TimeText.parse(rows.getString(7)), TimeText.parse(rows.getString(8)));
    }
}
