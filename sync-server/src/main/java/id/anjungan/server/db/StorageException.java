package id.anjungan.server.db;

import java.sql.SQLException;

/** The database failed; the caller's change was rolled back. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}
