package id.anjungan.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server's SQLite database: opened in WAL mode, migrated on open, with transactions.
 *
 * <p>Write transactions begin IMMEDIATE, taking SQLite's write lock up front: a deferred transaction
 * that reads and then writes fails with SQLITE_BUSY (not waits) when another connection committed in
 * between. Read transactions stay deferred, so in WAL mode they never wait for writers.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Idle connections kept for reuse: opening a SQLite connection costs more than most queries here. */
    private static final int IDLE_WRITE_CONNECTIONS = 2;
    private static final int IDLE_READ_CONNECTIONS = 16;

    private final ConnectionPool writes;
    private final ConnectionPool reads;
    private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();

    private Database(DataSource writes, DataSource reads) {
        this.writes = new ConnectionPool(writes, IDLE_WRITE_CONNECTIONS);
        this.reads = new ConnectionPool(reads, IDLE_READ_CONNECTIONS);
    }

    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of database " + file, e);
        }
        DataSource writes = dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        Flyway.configure().dataSource(writes).locations("classpath:db/migration").load().migrate();
        return new Database(writes, dataSource(file, SQLiteConfig.TransactionMode.DEFERRED));
    }

    private static DataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        T result = transaction(writes, work);
        for (Runnable listener : afterCommit) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // The write is committed: a listener's failure must not turn it into an error.
                LOG.warn("a listener after a commit failed", e);
            }
        }
        return result;
    }

    /**
     * Calls the listener after every committed write transaction, on the committing thread: it must
     * be quick and must not throw (the push loop is woken this way instead of waiting for its poll).
     */
    public void afterEachCommit(Runnable listener) {
        afterCommit.add(listener);
    }

    /** Runs several reads that must see one consistent state, without blocking writers. */
    public <T> T readConsistent(SqlWork<T> work) {
        return transaction(reads, work);
    }

    private static <T> T transaction(ConnectionPool pool, SqlWork<T> work) {
        Connection connection = null;
        boolean reusable = false;
        try {
            connection = pool.take();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // Back to autocommit ends the transaction the driver opens after commit or rollback,
                // so an idle pooled connection holds no lock and no old snapshot.
                connection.setAutoCommit(true);
                reusable = true;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        } finally {
            pool.give(connection, reusable);
        }
    }

    /** Runs work that returns nothing in one transaction. */
    public void transact(SqlAction action) {
        inTransaction(c -> {
            action.run(c);
            return null;
        });
    }

    /** Runs a read on its own connection. */
    public <T> T read(SqlWork<T> work) {
        Connection connection = null;
        boolean reusable = false;
        try {
            connection = reads.take();
            T result = work.run(connection);
            reusable = connection.getAutoCommit();
            return result;
        } catch (SQLException e) {
            throw new StorageException(e);
        } finally {
            reads.give(connection, reusable);
        }
    }

    @FunctionalInterface
    public interface SqlAction {
        void run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
