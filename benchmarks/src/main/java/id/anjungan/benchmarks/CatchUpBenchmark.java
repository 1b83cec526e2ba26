package id.anjungan.benchmarks;

import id.anjungan.benchmarks.harness.ProcStatus;
import id.anjungan.benchmarks.harness.ServerProcess;
import id.anjungan.benchmarks.harness.ServerSeed;
import id.anjungan.benchmarks.harness.SyncApi;
import id.anjungan.benchmarks.store.SimulatedKioskStore;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Catch-up: one kiosk that missed many changes (50,000 by default) applies them through
 * GET /api/v1/sync/changes pages into a SQLite FILE store with an FTS5 search index, end to end: HTTP,
 * JSON, SQLite. The changes are written into the server's database with the server's own classes before
 * the server process starts (see {@link ServerSeed}); the kiosk starts from a snapshot taken just before.
 */
public final class CatchUpBenchmark {
    private static final String CENTRE = "blkk-batang-1";
    private static final int POOL = 2_000;

    private final int changes;
    private final int page;
    private final int repeat;
    private final boolean onlySync;
    private final Path folder;

    /** @param onlySync run only the kiosk's own KioskSync.syncNow (the harness's loops are left out) */
    public CatchUpBenchmark(int changes, int page, int repeat, boolean onlySync, Path folder) {
        this.changes = changes;
        this.page = page;
        this.repeat = repeat;
        this.onlySync = onlySync;
        this.folder = folder;
    }

    public void run() throws Exception {
        System.out.printf(Locale.ROOT, "%nCATCH-UP: one kiosk applies %,d missed changes in pages of %,d into a SQLite file"
                + " with an FTS5 index%n", changes, page);
        Path database = folder.resolve("sync-server.db");
        long t0 = System.nanoTime();
        ServerSeed seed = ServerSeed.demo(database);
        Snapshot before = seed.snapshotFor(CENTRE);
        Set<String> scope = Set.copyOf(before.reference().centres().stream().filter(c -> c.id().equals(CENTRE))
                .findFirst().orElseThrow().scopeRegionIds());
        List<Vacancy> templates = seed.vacancies().stream().filter(v -> scope.contains(v.regionId())).toList();
        LocalDate today = seed.today();
        boolean[] present = new boolean[POOL];
        int[] deletes = new int[1];
        Vacancy[] lastWritten = new Vacancy[1];
        // A pool of 2,000 vacancies in the kiosk's scope: inserted, then edited round after round; about one
        // change in ten after the first round is a tombstone, and the next change of that vacancy brings it back.
        seed.write(changes, 5_000, i -> {
            int j = i % POOL;
            int round = i / POOL;
            String id = String.format(Locale.ROOT, "bench-%05d", j);
            if (round > 0 && (j + round) % 10 == 0 && present[j]) {
                present[j] = false;
                deletes[0]++;
                return new ServerSeed.Write(id, null);
            }
            present[j] = true;
            lastWritten[0] = ServerSeed.variant(templates.get(j % templates.size()), id, round, today);
            return new ServerSeed.Write(id, lastWritten[0]);
        });
        SyncCursor head = seed.head();
        int expectedVacancies = seed.snapshotFor(CENTRE).vacancies().size();
        System.out.printf(Locale.ROOT, "wrote %,d changes (%,d of them deletes) into the server database in %.1f s;"
                        + " log head %d, kiosk cursor %d; server file %,d KiB%n", changes, deletes[0],
                (System.nanoTime() - t0) / 1e9, head.seq(), before.cursor().seq(), Files.size(database) / 1024);

        try (ServerProcess server = ServerProcess.start(folder, database)) {
            SyncApi api = new SyncApi(SyncApi.clientBuilder().build(), server.base(), server.adminToken());
            EnrolmentResponse kiosk = api.enrolKiosk(CENTRE);
            System.out.println("server pid " + server.pid() + "  " + server.memory());
            // The first run also warms the server up; the last two show what a kiosk could do about the SQLite share.
            Run[] runs = {
                    new Run("sequential (cold server)", false, false, true),
                    new Run("sequential", false, false, true),
                    new Run("pipelined", true, false, true),
                    new Run("pipelined + compacted", true, true, true),
                    new Run("pipelined, no FTS5 index", true, false, false)};
            for (int r = 0; r < (onlySync ? 0 : runs.length); r++) {
                int times = r == 0 ? 1 : repeat;
                List<Measured> measured = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    Path file = folder.resolve("kiosk-" + r + "-" + i + ".db");
                    try (SimulatedKioskStore store = SimulatedKioskStore.file(file, runs[r].searchIndex())) {
                        store.load(before);
                        SimulatedKioskStore.ApplyTimings timingsBefore = store.timings();
                        double cpu0 = server.cpuSeconds();
                        Result result = runs[r].pipelined() ? pipelined(api, kiosk.token(), store, runs[r].compacted())
                                : sequential(api, kiosk.token(), store);
                        double serverCpu = server.cpuSeconds() - cpu0;
                        SimulatedKioskStore.ApplyTimings timingsAfter = store.timings();
                        String check = check(store, head, expectedVacancies, file, runs[r].searchIndex());
                        measured.add(new Measured(result, serverCpu, new SimulatedKioskStore.ApplyTimings(
                                timingsAfter.textNanos() - timingsBefore.textNanos(),
                                timingsAfter.statementNanos() - timingsBefore.statementNanos(),
                                timingsAfter.commitNanos() - timingsBefore.commitNanos()), check));
                    }
                    Files.deleteIfExists(file);
                }
                List<Measured> byTime = measured.stream()
                        .sorted(java.util.Comparator.comparingLong(m -> m.result().elapsedNanos())).toList();
                Measured median = byTime.get(byTime.size() / 2);
                print(runs[r].name(), median, runs[r].searchIndex());
                if (times > 1) {
                    System.out.println("  all " + times + " runs: " + measured.stream()
                            .map(m -> String.format(Locale.ROOT, "%,.0f", m.result().changes() / (m.result().elapsedNanos() / 1e9)))
                            .collect(java.util.stream.Collectors.joining(", ")) + " changes/s (the median is shown)");
                }
            }
            if (!onlySync) {
                System.out.println("(compacted: of several changes to one record within a page, only the last is applied;"
                        + " the page is one transaction, so the versions in between are never visible anyway)");
                realStore(api, kiosk.token(), before, head, seed, server);
            }
            realSync(kiosk, server, before, head, lastWritten[0], today);
            System.out.println("server after catch-ups: " + server.memory());
            System.out.println("harness: " + ProcStatus.memory(ProcessHandle.current().pid()));
        }
    }

    private record Run(String name, boolean pipelined, boolean compacted, boolean searchIndex) {
    }

    /**
     * The same catch-up into the kiosk's own store (id.anjungan.kiosk.store.KioskStore: its schema,
     * its FTS5 index with prefixes, its apply path), as the kiosk's "sync now" does it: pages of 5,000,
     * fetched, parsed and applied one after another; and with the next page fetched meanwhile.
     */
    private void realStore(SyncApi api, String token, Snapshot before, SyncCursor head, ServerSeed seed,
                           ServerProcess server) throws Exception {
        LocalDate today = seed.today();
        long expectedLive = seed.snapshotFor(CENTRE).vacancies().stream()
                .filter(v -> v.status() == id.anjungan.protocol.vacancy.VacancyStatus.OPEN && !v.validThrough().isBefore(today))
                .count();
        for (boolean pipelined : new boolean[] {false, true}) {
            List<Measured> measured = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                Path file = folder.resolve("real-kiosk-" + pipelined + "-" + i + ".db");
                id.anjungan.kiosk.store.KioskStore store = id.anjungan.kiosk.store.KioskStore.open(file);
                store.replaceCatalog(new id.anjungan.kiosk.store.Catalog(before.vacancies(), before.reference()),
                        java.time.Instant.now(), before.cursor());
                RealStore real = new RealStore(store);
                double cpu0 = server.cpuSeconds();
                long process0 = PROCESS.getProcessCpuTime();
                Result result = pipelined ? pipelined(api, token, real, false) : sequential(api, token, real);
                double processCpu = (PROCESS.getProcessCpuTime() - process0) / 1e9;
                double serverCpu = server.cpuSeconds() - cpu0;
                SyncCursor stored = store.cursor().orElseThrow();
                long live = store.liveVacancies(today).size();
                int found = store.searchLive("operat", today).size();
                boolean ok = stored.equals(head) && live == expectedLive && found > 0;
                String check = String.format(Locale.ROOT, "check: %s; stored cursor %d (log head %d), %d live vacancies"
                                + " (server's scope has %d), search 'operat' finds %d; kiosk file %,d KiB",
                        ok ? "OK" : "MISMATCH", stored.seq(), head.seq(), live, expectedLive, found,
                        (Files.size(file) + sizeOr0(Path.of(file + "-wal"))) / 1024)
                        + String.format(Locale.ROOT, "%n  CPU per change of the whole harness process (every thread, GC and JIT"
                        + " included, as for KioskSync below): %.1f µs", processCpu * 1e6 / result.changes());
                measured.add(new Measured(result, serverCpu, null, check));
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            }
            List<Measured> byTime = measured.stream()
                    .sorted(java.util.Comparator.comparingLong(m -> m.result().elapsedNanos())).toList();
            print(pipelined ? "kiosk store, pipelined" : "kiosk store, sequential", byTime.get(byTime.size() / 2), true);
            System.out.println("  all " + repeat + " runs: " + measured.stream()
                    .map(m -> String.format(Locale.ROOT, "%,.0f", m.result().changes() / (m.result().elapsedNanos() / 1e9)))
                    .collect(java.util.stream.Collectors.joining(", ")) + " changes/s (the median is shown)");
        }
        System.out.println("(kiosk store: the kiosk's own KioskStore.applyBatch; it applies only the last change of each"
                + " record in a page, writes the search index rows of a multi-page catch-up once, with the last page,"
                + " and leaves an FTS5 row alone when its text did not change)");
    }

    /**
     * The kiosk's real client end to end: a file-backed KioskStore holding the kiosk's enrolment and the
     * old snapshot, and KioskSync.syncNow() (the staff panel's "sync now", also what the server's
     * sync request starts) with its own KioskApiClient, page size and fetching ahead. Timed from the
     * call until it returns, when the store's cursor is at the log head and the search index complete
     * (checked after: a search for the last changed title finds that vacancy).
     */
    private void realSync(EnrolmentResponse kiosk, ServerProcess server, Snapshot before, SyncCursor head,
                          Vacancy lastChanged, LocalDate today) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(3)).build();
        id.anjungan.kiosk.sync.KioskApiClient client = new id.anjungan.kiosk.sync.KioskApiClient(server.base(), http);
        com.sun.management.OperatingSystemMXBean os = PROCESS;
        List<Measured> measured = new ArrayList<>();
        List<Double> kioskCpu = new ArrayList<>();
        // Alone (--only=sync), a first run warms the server's JIT up, as the harness's loops do otherwise.
        int warmups = onlySync ? 1 : 0;
        for (int i = 0; i < repeat + warmups; i++) {
            Path file = folder.resolve("sync-kiosk-" + i + ".db");
            id.anjungan.kiosk.store.KioskStore store = id.anjungan.kiosk.store.KioskStore.open(file);
            store.identity().saveEnrolment(new id.anjungan.kiosk.store.IdentityStore.Enrolment(kiosk.kioskId(),
                    kiosk.centreId(), kiosk.token(), java.time.Instant.now()));
            store.replaceCatalog(new id.anjungan.kiosk.store.Catalog(before.vacancies(), before.reference()),
                    java.time.Instant.now(), before.cursor());
            try (id.anjungan.kiosk.sync.KioskSync sync = new id.anjungan.kiosk.sync.KioskSync(store, client, http,
                    java.time.Clock.systemUTC(), Runnable::run, "benchmarks", java.util.Optional.empty(), () -> 0,
                    () -> id.anjungan.protocol.kiosk.PrinterState.UNKNOWN,
                    id.anjungan.kiosk.sync.Backoff.forReconnects())) {
                double cpu0 = server.cpuSeconds();
                long kioskCpu0 = os.getProcessCpuTime();
                long start = System.nanoTime();
                sync.syncNow();
                long elapsed = System.nanoTime() - start;
                double cpuSeconds = (os.getProcessCpuTime() - kioskCpu0) / 1e9;
                double serverCpu = server.cpuSeconds() - cpu0;
                long s0 = System.nanoTime();
                List<Vacancy> found = store.searchLive(lastChanged.title(), today);
                double searchMs = (System.nanoTime() - s0) / 1e6;
                long s1 = System.nanoTime();
                store.searchLive(lastChanged.title(), today);
                double againMs = (System.nanoTime() - s1) / 1e6;
                SyncCursor stored = store.cursor().orElseThrow();
                boolean hit = found.stream().anyMatch(v -> v.id().equals(lastChanged.id())
                        && v.title().equals(lastChanged.title()));
                String check = String.format(Locale.ROOT, "check: %s; stored cursor %d (log head %d); a search for"
                                + " the last changed title \"%s\" (%s) %s it among %d hits in %.1f ms (again: %.1f ms); kiosk file %,d KiB",
                        stored.equals(head) && hit ? "OK" : "MISMATCH", stored.seq(), head.seq(), lastChanged.title(),
                        lastChanged.id(), hit ? "finds" : "does NOT find", found.size(), searchMs, againMs,
                        (Files.size(file) + sizeOr0(Path.of(file + "-wal"))) / 1024);
                if (i < warmups) {
                    System.out.printf(Locale.ROOT, "  warm-up run (not counted): %,.0f changes/s; %s%n",
                            changes / (elapsed / 1e9), check);
                } else {
                    kioskCpu.add(cpuSeconds);
                    measured.add(new Measured(new Result(changes, -1, 0, elapsed, 0, 0, 0, 0, 0), serverCpu, null, check));
                }
            }
            if (!Boolean.getBoolean("bench.keep")) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            }
        }
        int median = java.util.stream.IntStream.range(0, measured.size()).boxed()
                .sorted(java.util.Comparator.comparingLong(k -> measured.get(k).result().elapsedNanos()))
                .toList().get(measured.size() / 2);
        Measured m = measured.get(median);
        double seconds = m.result().elapsedNanos() / 1e9;
        System.out.printf(Locale.ROOT, "RESULT catch-up %-26s %,d changes in %.2f s = %,.0f changes/s%n",
                "KioskSync.syncNow:", changes, seconds, changes / seconds);
        System.out.printf(Locale.ROOT, "  CPU per change: kiosk process (HTTP client, JSON, SQLite, every thread) %.1f µs,"
                        + " server %.1f µs -> a kiosk with a core of its own would apply %,.0f changes/s%n",
                kioskCpu.get(median) * 1e6 / changes, m.serverCpu() * 1e6 / changes, changes / kioskCpu.get(median));
        System.out.println("  " + m.check());
        System.out.println("  all " + repeat + " runs: " + measured.stream()
                .map(r -> String.format(Locale.ROOT, "%,.0f", changes / (r.result().elapsedNanos() / 1e9)))
                .collect(java.util.stream.Collectors.joining(", ")) + " changes/s (the median is shown)");
        System.out.println("(KioskSync.syncNow: the kiosk's own client, its CATCH_UP_PAGE (5,000), the next page"
                + " fetched and parsed while one is applied; enrolment, store and search index as on a kiosk)");
    }

    private static long sizeOr0(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** The kiosk's real store behind the benchmarks' small interface. */
    private static final class RealStore implements id.anjungan.benchmarks.store.KioskStore {
        private final id.anjungan.kiosk.store.KioskStore store;

        RealStore(id.anjungan.kiosk.store.KioskStore store) {
            this.store = store;
        }

        @Override
        public void load(Snapshot snapshot) {
            throw new UnsupportedOperationException("loaded by the caller");
        }

        @Override
        public void apply(ChangeBatch batch) {
            store.applyBatch(batch, java.time.Instant.now());
        }

        @Override
        public SyncCursor cursor() {
            return store.cursor().orElse(null);
        }

        @Override
        public int vacancyCount() {
            return -1;
        }

        @Override
        public void close() {
        }
    }

    private record Measured(Result result, double serverCpu, SimulatedKioskStore.ApplyTimings inside, String check) {
    }

    /** Wall times, and the CPU times of the JSON and SQLite work (robust to other load on a shared machine). */
    private record Result(int changes, int pages, long bytes, long elapsedNanos, long httpNanos, long jsonNanos,
                          long applyNanos, long jsonCpuNanos, long applyCpuNanos) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Fetch a page, parse it, apply it, then the next: what a simple kiosk does. */
    private Result sequential(SyncApi api, String token, id.anjungan.benchmarks.store.KioskStore store) {
        long http = 0;
        long json = 0;
        long apply = 0;
        long jsonCpu = 0;
        long applyCpu = 0;
        long bytes = 0;
        int applied = 0;
        int pages = 0;
        long start = System.nanoTime();
        ChangeBatch batch;
        do {
            long a = System.nanoTime();
            byte[] body = api.changesBytes(token, store.cursor(), page);
            long b = System.nanoTime();
            long cb = cpu();
            batch = SyncApi.read(body, ChangeBatch.class);
            long c = System.nanoTime();
            long cc = cpu();
            store.apply(batch);
            long d = System.nanoTime();
            long cd = cpu();
            http += b - a;
            json += c - b;
            apply += d - c;
            jsonCpu += cc - cb;
            applyCpu += cd - cc;
            bytes += body.length;
            applied += batch.changes().size();
            pages++;
        } while (batch.more());
        return new Result(applied, pages, bytes, System.nanoTime() - start, http, json, apply, jsonCpu, applyCpu);
    }

    /** The next page is fetched and parsed on another thread while this one applies the current page. */
    private Result pipelined(SyncApi api, String token, id.anjungan.benchmarks.store.KioskStore store, boolean compact)
            throws InterruptedException {
        BlockingQueue<Object> pages = new ArrayBlockingQueue<>(1);
        AtomicLong http = new AtomicLong();
        AtomicLong json = new AtomicLong();
        AtomicLong jsonCpu = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        SyncCursor from = store.cursor();
        Thread fetcher = new Thread(() -> {
            SyncCursor cursor = from;
            try {
                ChangeBatch batch;
                do {
                    long a = System.nanoTime();
                    byte[] body = api.changesBytes(token, cursor, page);
                    long b = System.nanoTime();
                    long cb = cpu();
                    batch = SyncApi.read(body, ChangeBatch.class);
                    jsonCpu.addAndGet(cpu() - cb);
                    http.addAndGet(b - a);
                    json.addAndGet(System.nanoTime() - b);
                    bytes.addAndGet(body.length);
                    cursor = batch.cursor();
                    pages.put(batch);
                } while (batch.more());
            } catch (RuntimeException | InterruptedException e) {
                pages.offer(e);
            }
        }, "catch-up-fetcher");
        fetcher.setDaemon(true);
        fetcher.start();
        long apply = 0;
        long applyCpu = 0;
        int applied = 0;
        int count = 0;
        while (true) {
            Object next = pages.take();
            if (next instanceof Exception e) {
                throw new IllegalStateException("fetching failed", e);
            }
            ChangeBatch batch = (ChangeBatch) next;
            long a = System.nanoTime();
            long ca = cpu();
            store.apply(compact ? compacted(batch) : batch);
            apply += System.nanoTime() - a;
            applyCpu += cpu() - ca;
            applied += batch.changes().size();
            count++;
            if (!batch.more()) {
                break;
            }
        }
        fetcher.join();
        return new Result(applied, count, bytes.get(), System.nanoTime() - start, http.get(), json.get(), apply,
                jsonCpu.get(), applyCpu);
    }

    /** The page with only the last change of each record, in log order. */
    static ChangeBatch compacted(ChangeBatch batch) {
        Map<String, Change> last = new LinkedHashMap<>();
        for (Change c : batch.changes()) {
            String key = c.entity() + "/" + c.id();
            last.remove(key);
            last.put(key, c);
        }
        return new ChangeBatch(batch.cursor(), new ArrayList<>(last.values()), batch.more());
    }

    private static void print(String name, Measured m, boolean searchIndex) {
        Result r = m.result();
        double serverCpu = m.serverCpu();
        double seconds = r.elapsedNanos() / 1e9;
        System.out.printf(Locale.ROOT, "RESULT catch-up %-26s %,d changes in %d pages (%,d KiB of JSON) in %.2f s = %,.0f changes/s%n",
                name + ":", r.changes(), r.pages(), r.bytes() / 1024, seconds, r.changes() / seconds);
        System.out.printf(Locale.ROOT, "  split: HTTP (request until the whole body is in, includes the server's work) %.2f s,"
                        + " JSON parse %.2f s, SQLite apply (one transaction a page) %.2f s; server CPU %.2f s%n",
                r.httpNanos() / 1e9, r.jsonNanos() / 1e9, r.applyNanos() / 1e9, serverCpu);
        System.out.printf(Locale.ROOT, "  per change: HTTP %.1f µs, JSON %.1f µs, SQLite %.1f µs; server CPU %.1f µs%n",
                r.httpNanos() / 1e3 / r.changes(), r.jsonNanos() / 1e3 / r.changes(), r.applyNanos() / 1e3 / r.changes(),
                serverCpu * 1e6 / r.changes());
        System.out.printf(Locale.ROOT, "  CPU time per change (unaffected by waiting for a core): JSON parse %.1f µs, SQLite apply %.1f µs,"
                        + " server %.1f µs -> a kiosk with a core of its own would apply %,.0f changes/s, and the server"
                        + " would produce %,.0f/s%n", r.jsonCpuNanos() / 1e3 / r.changes(), r.applyCpuNanos() / 1e3 / r.changes(),
                serverCpu * 1e6 / r.changes(), r.changes() * 1e9 / (r.jsonCpuNanos() + r.applyCpuNanos()),
                r.changes() / serverCpu);
        if (m.inside() != null) {
            System.out.printf(Locale.ROOT, "  SQLite apply, inside: records back to JSON text %.1f µs, SQL statements%s %.1f µs,"
                            + " commits %.1f µs (per change caught up)%n",
                    m.inside().textNanos() / 1e3 / r.changes(), searchIndex ? " (with the FTS5 triggers)" : "",
                    m.inside().statementNanos() / 1e3 / r.changes(), m.inside().commitNanos() / 1e3 / r.changes());
        }
        System.out.println("  " + m.check());
    }

    private static String check(SimulatedKioskStore store, SyncCursor head, int expectedVacancies, Path file,
                                boolean searchIndex) throws Exception {
        SyncCursor stored = store.storedCursor();
        int count = store.vacancyCount();
        int found = searchIndex ? store.searchCount("operator") : -1;
        boolean ok = stored.equals(head) && count == expectedVacancies && (found > 0 || !searchIndex);
        return String.format(Locale.ROOT, "check: %s; stored cursor %d (log head %d), %d vacancies (server's scope has %d)%s;"
                        + " kiosk file %,d KiB", ok ? "OK" : "MISMATCH", stored.seq(), head.seq(), count, expectedVacancies,
                searchIndex ? ", FTS 'operator' finds " + found : "", Files.size(file) / 1024);
    }
}
