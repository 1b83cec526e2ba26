package id.anjungan.kiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk process killed with SIGKILL while it applies a batch reopens with a store that matches its cursor. */
class KioskStoreCrashTest {
    @TempDir
    Path folder;

    @Test
    void aKioskKilledMidApplyReopensConsistentAndResumes() throws Exception {
        Path file = folder.resolve("kiosk.db");
        SplittableRandom random = new SplittableRandom(42);
        long lastCursor = -1;
        for (int kill = 0; kill < 3; kill++) {
            Process child = startApplying(file);
            long applied = waitForRounds(child, 2);
            Thread.sleep(random.nextInt(5, 120));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();

            KioskStore store = KioskStore.open(file);
            long cursor = store.cursor().map(SyncCursor::seq).orElseThrow();
            Set<String> titles = store.liveVacancies(TestCatalog.TODAY).stream()
                    .filter(v -> v.id().startsWith("crash-"))
                    .map(Vacancy::title)
                    .collect(Collectors.toSet());

            assertThat(cursor).isGreaterThanOrEqualTo(applied).isGreaterThan(lastCursor);
            assertThat(titles).containsExactly("round " + cursor);
            assertThat(store.liveVacancies(TestCatalog.TODAY).stream().filter(v -> v.id().startsWith("crash-")).count())
                    .isEqualTo(ApplyBatchesUntilKilled.VACANCIES);
            lastCursor = cursor;
        }
    }

    private static Process startApplying(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ApplyBatchesUntilKilled.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Waits until the child reports at least this many more applied rounds; returns the last it reported. */
    private static long waitForRounds(Process child, int rounds) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long last = -1;
        int seen = 0;
        String line;
        while (seen < rounds && (line = out.readLine()) != null) {
            if (line.startsWith("applied ")) {
                last = Long.parseLong(line.substring(8));
                seen++;
            }
        }
        assertThat(seen).as("the child applied batches").isEqualTo(rounds);
        return last;
    }
}
