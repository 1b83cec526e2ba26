package id.anjungan.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * Keeps a few idle connections for reuse. It never makes a caller wait: when none is idle a new one
 * is opened, and one given back to a full pool is closed. SQLite itself serialises writers.
 */
final class ConnectionPool {
    private final DataSource source;
    private final BlockingQueue<Connection> idle;

    ConnectionPool(DataSource source, int maxIdle) {
        this.source = source;
        this.idle = new ArrayBlockingQueue<>(maxIdle);
    }

    Connection take() throws SQLException {
        Connection connection = idle.poll();
        return connection != null ? connection : source.getConnection();
    }

    /** @param reusable false after a failure that may have left the connection in an unknown state */
    void give(Connection connection, boolean reusable) {
        if (connection == null) {
            return;
        }
        if (reusable && idle.offer(connection)) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort
        }
    }
}
