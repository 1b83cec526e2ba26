package id.anjungan.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCommitListenerTest {
    @TempDir
    Path folder;

    @Test
    void aListenerHearsEachCommittedWriteButNotARollbackOrARead() {
        Database database = Database.open(folder.resolve("server.db"));
        AtomicInteger commits = new AtomicInteger();
        int[] seenAtCall = new int[1];
        database.afterEachCommit(() -> {
            commits.incrementAndGet();
            // Called after the commit: another connection already sees the write.
            seenAtCall[0] = database.read(c -> {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM probe")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        });

        database.transact(c -> c.createStatement().executeUpdate("CREATE TABLE probe (n INTEGER)"));
        database.transact(c -> c.createStatement().executeUpdate("INSERT INTO probe VALUES (1)"));
        assertThatThrownBy(() -> database.transact(c -> {
            c.createStatement().executeUpdate("INSERT INTO probe VALUES (2)");
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);
        database.readConsistent(c -> c.createStatement().executeQuery("SELECT 1").next());

        assertThat(commits).hasValue(2);
        assertThat(seenAtCall[0]).isEqualTo(1);
    }

    @Test
    void aFailingListenerLeavesTheWriteCommittedAndTheOtherListenersCalled() {
        Database database = Database.open(folder.resolve("server.db"));
        AtomicInteger later = new AtomicInteger();
        database.afterEachCommit(() -> {
            throw new IllegalStateException("listener broke");
        });
        database.afterEachCommit(later::incrementAndGet);

        database.transact(c -> c.createStatement().executeUpdate("CREATE TABLE probe (n INTEGER)"));

        assertThat(later).hasValue(1);
        boolean tableThere = database.read(c -> c.createStatement().executeQuery("SELECT COUNT(*) FROM probe").next());
        assertThat(tableThere).isTrue();
    }
}
