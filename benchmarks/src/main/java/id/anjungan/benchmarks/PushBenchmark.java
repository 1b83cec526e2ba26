package id.anjungan.benchmarks;

import id.anjungan.benchmarks.harness.Diagnostics;
import id.anjungan.benchmarks.harness.Distribution;
import id.anjungan.benchmarks.harness.LongList;
import id.anjungan.benchmarks.harness.ProcStatus;
import id.anjungan.benchmarks.harness.SerialExecutor;
import id.anjungan.benchmarks.harness.ServerProcess;
import id.anjungan.benchmarks.harness.SseSubscriber;
import id.anjungan.benchmarks.harness.SyncApi;
import id.anjungan.benchmarks.store.KioskStore;
import id.anjungan.benchmarks.store.SimulatedKioskStore;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Push fan-out: N simulated kiosks on one sync server process, each with its own in-memory SQLite store,
 * first polling GET /api/v1/sync/changes every few seconds (the simple alternative), then holding an SSE
 * stream open, while changes are committed on the server one at a time through the administrator API.
 * For each (kiosk, change) pair it measures the time from just before the PUT was sent to the moment
 * the kiosk had committed the change into its store.
 *
 * <p>The poll phase runs first, so the server has no idle event streams to write to while it is
 * measured; the same kiosks (and stores) then open their streams from where polling left them.
 */
public final class PushBenchmark {
    /** Kiosks of the Pekalongan area (one scope) and of the BLK in Banten (another). */
    private static final List<String> PEKALONGAN_CENTRES = centres();
    private static final String BANTEN_CENTRE = "blk-banten";

    public record Options(int kiosks, int pollers, int changes, int warmup, long intervalMillis, long pollMillis,
                          int clientThreads) {
    }

    private final Options options;
    private final Path folder;
    private final List<Kiosk> kiosks = new ArrayList<>();
    private final ExecutorService httpPool;
    private final ExecutorService applyPool;
    private final HttpClient kioskClient;
    private final HttpClient adminClient;
    private ServerProcess server;
    private SyncApi kioskApi;
    private SyncApi adminApi;
    private Recorder recorder;
    private List<Planned> plan;
    private final AtomicInteger connectedStreams = new AtomicInteger();
    private final AtomicInteger failedOpens = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger heartbeats = new AtomicInteger();

    public PushBenchmark(Options options, Path folder) {
        this.options = options;
        this.folder = folder;
        this.httpPool = Executors.newFixedThreadPool(options.clientThreads(), daemon("kiosk-http"));
        this.applyPool = Executors.newFixedThreadPool(options.clientThreads(), daemon("kiosk-apply"));
        this.kioskClient = SyncApi.clientBuilder().executor(httpPool).build();
        this.adminClient = SyncApi.clientBuilder().build();
    }

    private static List<String> centres() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            ids.add("blkk-batang-" + i);
        }
        for (int i = 1; i <= 24; i++) {
            ids.add("blkk-pemalang-" + i);
        }
        return List.copyOf(ids);
    }

    /** Every fifth kiosk stands in Banten, the others round the Pekalongan-area centres. */
    static String centreOf(int kiosk) {
        return kiosk % 5 == 4 ? BANTEN_CENTRE : PEKALONGAN_CENTRES.get((kiosk - kiosk / 5) % PEKALONGAN_CENTRES.size());
    }

    public void run() throws Exception {
        long fdLimit = ProcStatus.openFilesLimit();
        if (fdLimit > 0 && fdLimit < options.kiosks() + 500L) {
            System.out.println("WARNING: this process may open " + options.kiosks() + " connections but its open-files"
                    + " limit is " + fdLimit + "; raise it with ulimit -n (the server inherits it)");
        }
        System.out.printf(Locale.ROOT, "%nPUSH FAN-OUT: %d kiosks (%d of them also poll first), %d measured changes"
                        + " (+%d warm-up) %d ms apart, poll every %d ms%n", options.kiosks(), options.pollers(),
                options.changes(), options.warmup(), options.intervalMillis(), options.pollMillis());
        server = ServerProcess.start(folder, folder.resolve("sync-server.db"));
        try {
            kioskApi = new SyncApi(kioskClient, server.base(), server.adminToken());
            adminApi = new SyncApi(adminClient, server.base(), server.adminToken());
            System.out.println("server pid " + server.pid() + " at " + server.base() + "  " + server.memory());
            enrolAndSnapshot();
            planChanges();
            if (options.pollers() > 0) {
                pollPhase();
            }
            pushPhase();
        } finally {
            for (Kiosk k : kiosks) {
                k.stopStream();
            }
            server.close();
            printServerWarnings(server);
            httpPool.shutdownNow();
            applyPool.shutdownNow();
            for (Kiosk k : kiosks) {
                k.store.close();
            }
        }
    }

    // ---------------------------------------------------------------- setup

    private void enrolAndSnapshot() throws Exception {
        ExecutorService setup = Executors.newFixedThreadPool(4, daemon("setup"));
        try {
            long t0 = System.nanoTime();
            double cpu0 = server.cpuSeconds();
            double self0 = ProcStatus.cpuSeconds(ProcessHandle.current().pid());
            List<Future<EnrolmentResponse>> enrolments = new ArrayList<>();
            for (int i = 0; i < options.kiosks(); i++) {
                String centre = centreOf(i);
                enrolments.add(setup.submit(() -> adminApi.enrolKiosk(centre)));
            }
            List<EnrolmentResponse> enrolled = new ArrayList<>();
            for (Future<EnrolmentResponse> f : enrolments) {
                enrolled.add(f.get(5, TimeUnit.MINUTES));
            }
            double enrolSeconds = (System.nanoTime() - t0) / 1e9;
            double cpu1 = server.cpuSeconds();
            double self1 = ProcStatus.cpuSeconds(ProcessHandle.current().pid());
            System.out.printf(Locale.ROOT, "enrolled %d kiosks in %.1f s (code + enrol: 2 requests each; CPU: server %.1f s,"
                    + " harness %.1f s)%n", enrolled.size(), enrolSeconds, cpu1 - cpu0, self1 - self0);

            t0 = System.nanoTime();
            List<Future<Kiosk>> loaded = new ArrayList<>();
            AtomicInteger snapshotBytes = new AtomicInteger();
            for (int i = 0; i < enrolled.size(); i++) {
                int index = i;
                EnrolmentResponse e = enrolled.get(i);
                loaded.add(setup.submit(() -> {
                    byte[] bytes = kioskApi.snapshotBytes(e.token());
                    snapshotBytes.addAndGet(bytes.length / 1024);
                    Snapshot snapshot = SyncApi.read(bytes, Snapshot.class);
                    KioskStore store = SimulatedKioskStore.inMemory("kiosk" + index);
                    store.load(snapshot);
                    TrainingCentre centre = snapshot.reference().centres().stream()
                            .filter(c -> c.id().equals(e.centreId())).findFirst().orElseThrow();
                    Set<String> scope = centre.scopeRegionIds().isEmpty() ? Set.of(centre.regionId())
                            : Set.copyOf(centre.scopeRegionIds());
                    return new Kiosk(index, e.kioskId(), e.token(), e.centreId(), scope, store, new SerialExecutor(applyPool));
                }));
            }
            for (Future<Kiosk> f : loaded) {
                kiosks.add(f.get(5, TimeUnit.MINUTES));
            }
            System.out.printf(Locale.ROOT, "%d snapshots taken and loaded into in-memory SQLite stores in %.1f s"
                            + " (%d KiB each on average, %d vacancies in the first store; CPU: server %.1f s, harness %.1f s)%n",
                    kiosks.size(), (System.nanoTime() - t0) / 1e9, snapshotBytes.get() / Math.max(1, kiosks.size()),
                    kiosks.get(0).store.vacancyCount(), server.cpuSeconds() - cpu1,
                    ProcStatus.cpuSeconds(ProcessHandle.current().pid()) - self1);
            System.out.println("server after enrolment and snapshots: " + server.memory());
        System.out.println("  " + server.gcSummary());
            Diagnostics.print("after snapshots", server.pid());
        } finally {
            setup.shutdownNow();
        }
    }

    /** What is changed: vacancies of one scope, then of the other, in turn, so both scopes are measured. */
    private void planChanges() {
        List<Vacancy> all = adminApi.vacancies();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Map<String, List<Vacancy>> byScope = new LinkedHashMap<>();
        Map<String, Set<String>> scopes = new LinkedHashMap<>();
        for (Kiosk k : kiosks) {
            scopes.putIfAbsent(scopeName(k.scope), k.scope);
        }
        for (Map.Entry<String, Set<String>> scope : scopes.entrySet()) {
            // One region per scope that no other scope shows, so each change has a clear audience.
            byScope.put(scope.getKey(), all.stream().filter(v -> v.isLiveOn(today) && scope.getValue().contains(v.regionId()))
                    .filter(v -> scopes.values().stream().filter(s -> s.contains(v.regionId())).count() == 1).toList());
        }
        List<String> names = new ArrayList<>(byScope.keySet());
        int perPhase = options.warmup() + options.changes();
        plan = new ArrayList<>();
        for (int k = 0; k < 2 * perPhase; k++) {
            String scope = names.get(k % names.size());
            List<Vacancy> candidates = byScope.get(scope);
            Vacancy base = candidates.get((k / names.size()) % candidates.size());
            boolean[] audience = new boolean[kiosks.size()];
            int expected = 0;
            for (Kiosk kiosk : kiosks) {
                audience[kiosk.index] = kiosk.scope.contains(base.regionId());
                expected += audience[kiosk.index] ? 1 : 0;
            }
            plan.add(new Planned(k, scope, base, audience, expected, (k % perPhase) < options.warmup()));
        }
        recorder = new Recorder(plan.size(), kiosks.size());
        StringBuilder b = new StringBuilder("scopes:");
        for (String name : names) {
            long n = kiosks.stream().filter(k -> scopeName(k.scope).equals(name)).count();
            b.append(' ').append(name).append(" (").append(n).append(" kiosks, ").append(byScope.get(name).size())
                    .append(" candidate vacancies)");
        }
        System.out.println(b);
    }

    private static String scopeName(Set<String> regions) {
        return regions.contains("36.04") ? "banten" : regions.contains("33.25") ? "pekalongan-area" : String.join("+", regions);
    }

    // ---------------------------------------------------------------- poll phase

    private void pollPhase() throws Exception {
        int perPhase = options.warmup() + options.changes();
        List<Kiosk> pollers = kiosks.subList(0, Math.min(options.pollers(), kiosks.size()));
        System.out.printf(Locale.ROOT, "%n-- poll: %d kiosks GET /api/v1/sync/changes every %d ms (staggered)%n",
                pollers.size(), options.pollMillis());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("poll-scheduler"));
        Poller poller = new Poller(scheduler);
        try {
            for (int j = 0; j < pollers.size(); j++) {
                Kiosk k = pollers.get(j);
                k.poller = true;
                scheduler.schedule(() -> poller.poll(k), (long) j * options.pollMillis() / pollers.size(), TimeUnit.MILLISECONDS);
            }
            sleep(options.pollMillis() + 500);
            Window window = runChanges(0, perPhase, pollers, options.pollMillis() + 3_000, poller.requests);
            poller.running = false;
            poller.awaitIdle();
            report("poll every " + options.pollMillis() / 1000 + " s", 0, perPhase, pollers, window, false);
            int inWindow = window.requestsAtEnd() - window.requestsAtStart();
            System.out.printf(Locale.ROOT, "  polls: %d requests in all, %d failed; %.0f requests/s over the measured window,"
                            + " %.2f ms of server CPU per request%n", poller.requests.get(), poller.failures.get(),
                    inWindow / window.seconds(), 1000 * window.cpuSeconds() / Math.max(1, inWindow));
            System.out.println("server after the poll phase: " + server.memory());
        System.out.println("  " + server.gcSummary());
            Diagnostics.print("after polling", server.pid());
        } finally {
            scheduler.shutdownNow();
        }
    }

    private final class Poller {
        final ScheduledExecutorService scheduler;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        volatile boolean running = true;

        Poller(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
        }

        void poll(Kiosk k) {
            if (!running) {
                return;
            }
            long started = System.nanoTime();
            inFlight.incrementAndGet();
            requests.incrementAndGet();
            SyncCursor from = k.store.cursor();
            kioskApi.changesAsync(k.token, from, 1_000).whenComplete((response, error) -> k.serial.execute(() -> {
                boolean more = false;
                try {
                    long received = System.nanoTime();
                    if (error != null || response.statusCode() != 200) {
                        failures.incrementAndGet();
                    } else {
                        ChangeBatch batch = SyncApi.read(response.body(), ChangeBatch.class);
                        if (!batch.changes().isEmpty() || !batch.cursor().equals(from)) {
                            k.store.apply(batch);
                        }
                        recorder.committed(k.index, batch, received, System.nanoTime());
                        more = batch.more();
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    long next = more ? 0 : Math.max(0, started + options.pollMillis() * 1_000_000L - System.nanoTime());
                    if (running) {
                        scheduler.schedule(() -> poll(k), next, TimeUnit.NANOSECONDS);
                    }
                    inFlight.decrementAndGet();
                }
            }));
        }

        void awaitIdle() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                sleep(20);
            }
        }
    }

    // ---------------------------------------------------------------- push phase

    private void pushPhase() throws Exception {
        int perPhase = options.warmup() + options.changes();
        System.out.printf(Locale.ROOT, "%n-- push: %d kiosks open GET /api/v1/sync/stream (SSE) from their stores' cursors%n",
                kiosks.size());
        long t0 = System.nanoTime();
        CountDownLatch connected = new CountDownLatch(kiosks.size());
        Semaphore opening = new Semaphore(200);
        for (Kiosk k : kiosks) {
            opening.acquire();
            k.openStream(connected, opening);
        }
        if (!connected.await(3, TimeUnit.MINUTES)) {
            System.out.println("WARNING: only " + connectedStreams.get() + " streams connected within 3 minutes");
        }
        System.out.printf(Locale.ROOT, "%d streams connected in %.1f s; failed to open: %d%n",
                connectedStreams.get(), (System.nanoTime() - t0) / 1e9, failedOpens.get());
        sleep(2_000);
        ProcStatus.Memory afterConnect = server.memory();
        System.out.println("server with the streams up: " + afterConnect + "  open fds="
                + ProcStatus.openFiles(server.pid()));
        System.out.println("  " + server.gcSummary());
        Diagnostics.print("streams up", server.pid());
        System.out.println("harness: " + harness());
        Window window = runChanges(perPhase, 2 * perPhase, kiosks, 15_000, new AtomicInteger());
        report("push over SSE", perPhase, 2 * perPhase, kiosks, window, true);
        livenessCheck();
        System.out.println("streams closed by the server during the run: " + dropped.get()
                + "; reset events: " + resets.get() + "; heartbeat comments received: " + heartbeats.get());
        System.out.println("server after the changes: " + server.memory());
        System.out.println("  " + server.gcSummary());
        Diagnostics.print("after the changes", server.pid());
    }

    // ---------------------------------------------------------------- changes and figures

    private record Window(long startNanos, long endNanos, double cpuSeconds, double harnessCpuSeconds, LongList putNanos,
                          int requestsAtStart, int requestsAtEnd) {
        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    /**
     * Commits planned changes from..to one at a time, intervalMillis apart, and waits up to drainMillis
     * after the last for every kiosk in the audience to have it. Server CPU is read over the measured ones.
     */
    private Window runChanges(int from, int to, List<Kiosk> audience, long drainMillis, AtomicInteger requests) {
        LongList puts = new LongList();
        long start = System.nanoTime();
        long measuredStart = -1;
        double cpuStart = Double.NaN;
        double harnessCpuStart = Double.NaN;
        int requestsAtStart = 0;
        for (int k = from; k < to; k++) {
            Planned p = plan.get(k);
            long due = start + (k - from) * options.intervalMillis() * 1_000_000L;
            sleepUntil(due);
            if (!p.warmup && measuredStart < 0) {
                measuredStart = System.nanoTime();
                cpuStart = server.cpuSeconds();
                harnessCpuStart = ProcStatus.cpuSeconds(ProcessHandle.current().pid());
                requestsAtStart = requests.get();
            }
            Vacancy changed = retitled(p.base, p.base.title() + " (b" + k + ")");
            long before = System.nanoTime();
            recorder.put(k, before);
            adminApi.putVacancy(changed);
            puts.add(System.nanoTime() - before);
        }
        long measuredEnd = System.nanoTime() + options.intervalMillis() * 1_000_000L;
        sleepUntil(measuredEnd);
        double cpu = server.cpuSeconds() - cpuStart;
        double harnessCpu = ProcStatus.cpuSeconds(ProcessHandle.current().pid()) - harnessCpuStart;
        int requestsAtEnd = requests.get();
        long deadline = System.nanoTime() + drainMillis * 1_000_000L;
        while (System.nanoTime() < deadline && !recorder.complete(plan, from, to, audience)) {
            sleep(50);
        }
        return new Window(measuredStart, measuredEnd, cpu, harnessCpu, puts, requestsAtStart, requestsAtEnd);
    }

    private void report(String title, int from, int to, List<Kiosk> audience, Window window, boolean delivered) {
        boolean[] member = new boolean[kiosks.size()];
        audience.forEach(k -> member[k.index] = true);
        Map<String, LongList> committedByScope = new LinkedHashMap<>();
        LongList committed = new LongList();
        LongList deliveredAll = new LongList();
        LongList warmup = new LongList();
        long missing = 0;
        long expectedPairs = 0;
        StringBuilder perChange = new StringBuilder();
        for (int k = from; k < to; k++) {
            Planned p = plan.get(k);
            LongList thisChange = new LongList();
            int expected = 0;
            for (int i = 0; i < kiosks.size(); i++) {
                if (!member[i] || !p.audience[i]) {
                    continue;
                }
                expected++;
                long at = recorder.committedAt[k].get(i);
                if (at == 0) {
                    if (!p.warmup) {
                        missing++;
                    }
                    continue;
                }
                long latency = at - recorder.putAt[k];
                thisChange.add(latency);
                if (p.warmup) {
                    warmup.add(latency);
                } else {
                    committed.add(latency);
                    committedByScope.computeIfAbsent(p.scope, s -> new LongList()).add(latency);
                    long d = recorder.deliveredAt[k].get(i);
                    if (d != 0) {
                        deliveredAll.add(d - recorder.putAt[k]);
                    }
                }
            }
            if (!p.warmup) {
                expectedPairs += expected;
            }
            Distribution dc = thisChange.distribution();
            perChange.append(String.format(Locale.ROOT, "  change %3d %-16s %s got it %5d/%-5d p50=%5.0f p99=%5.0f max=%5.0f ms%n",
                    k, p.scope, p.warmup ? "(warm-up)" : "         ", thisChange.size(), expected, dc.p50(), dc.p99(), dc.max()));
        }
        System.out.println(perChange.toString().stripTrailing());
        System.out.println("RESULT " + title + ": PUT sent -> change committed in the kiosk's store, over all measured"
                + " (kiosk, change) pairs:");
        System.out.println("  all      " + committed.distribution());
        committedByScope.forEach((scope, list) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", scope, list.distribution()));
        if (delivered) {
            System.out.println("  PUT sent -> event's last line read by the kiosk's HTTP client (before JSON parse and SQLite): "
                    + deliveredAll.distribution());
        }
        System.out.println("  warm-up changes (not counted above): " + warmup.distribution());
        System.out.println("  pairs that never arrived: " + missing + " of " + expectedPairs);
        if (missing > 0) {
            describeMissing(from, to, member);
        }
        System.out.println("  PUT round trip (admin API): " + window.putNanos().distribution());
        System.out.printf(Locale.ROOT, "  server CPU over the %.0f s of measured changes: %.1f s (%.0f%% of one core);"
                        + " the harness (all simulated kiosks) used %.1f s%n", window.seconds(), window.cpuSeconds(),
                100 * window.cpuSeconds() / window.seconds(), window.harnessCpuSeconds());
    }

    /**
     * After the changes: the server's CPU while nothing happens, and whether every open stream still gets its
     * heartbeat (one every 15 s) — a stream that stays open but silent is a kiosk that no longer hears of changes.
     */
    private void livenessCheck() {
        int[] before = new int[kiosks.size()];
        for (Kiosk k : kiosks) {
            before[k.index] = k.streamHeartbeats;
        }
        double cpu0 = server.cpuSeconds();
        long t0 = System.nanoTime();
        sleep(16_500);
        double idleCpu = server.cpuSeconds() - cpu0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        int silent = 0;
        for (Kiosk k : kiosks) {
            if (k.streamHeartbeats == before[k.index]) {
                silent++;
            }
        }
        System.out.printf(Locale.ROOT, "after the changes, %.1f s with nothing to push: server CPU %.1f s (%.0f%% of one core);"
                        + " streams that got no heartbeat in that time: %d of %d%n", seconds, idleCpu,
                100 * idleCpu / seconds, silent, kiosks.size());
    }

    /** The first few kiosks that missed a measured change, with what their stream did, to tell where it was lost. */
    private void describeMissing(int from, int to, boolean[] member) {
        int shown = 0;
        for (Kiosk kiosk : kiosks) {
            int missed = 0;
            for (int k = from; k < to; k++) {
                Planned p = plan.get(k);
                if (member[kiosk.index] && p.audience[kiosk.index] && recorder.committedAt[k].get(kiosk.index) == 0) {
                    missed++;
                }
            }
            if (missed > 0 && shown++ < 5) {
                System.out.printf(Locale.ROOT, "    %s (%s, %s) missed %d: stream opened from %s, %d events (last id %s),"
                                + " %d heartbeats, closed: %s; store cursor %s%n", kiosk.id, kiosk.centreId,
                        kiosk.poller ? "was a poller" : "never polled", missed, kiosk.openedFrom, kiosk.streamEvents,
                        kiosk.lastEventId, kiosk.streamHeartbeats, kiosk.closedBy, kiosk.store.cursor());
            }
        }
    }

    private static Vacancy retitled(Vacancy v, String title) {
        return new Vacancy(v.id(), title, v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }

    /** Which planned change a record is: the title carries " (bK)". */
    static int changeNumber(String title) {
        int open = title.lastIndexOf(" (b");
        if (open < 0 || !title.endsWith(")")) {
            return -1;
        }
        try {
            return Integer.parseInt(title.substring(open + 3, title.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private record Planned(int number, String scope, Vacancy base, boolean[] audience, int expected, boolean warmup) {
    }

    /** Per planned change: when its PUT was sent, and when each kiosk received and committed it. */
    private static final class Recorder {
        final long[] putAt;
        final AtomicLongArray[] deliveredAt;
        final AtomicLongArray[] committedAt;
        final AtomicIntegerArray got;

        Recorder(int changes, int kiosks) {
            putAt = new long[changes];
            deliveredAt = new AtomicLongArray[changes];
            committedAt = new AtomicLongArray[changes];
            got = new AtomicIntegerArray(changes);
            for (int k = 0; k < changes; k++) {
                deliveredAt[k] = new AtomicLongArray(kiosks);
                committedAt[k] = new AtomicLongArray(kiosks);
            }
        }

        synchronized void put(int k, long at) {
            putAt[k] = at;
        }

        void committed(int kiosk, ChangeBatch batch, long deliveredNanos, long committedNanos) {
            for (Change c : batch.changes()) {
                if (c.entity() != EntityKind.VACANCY || c.op() != ChangeOperation.PUT) {
                    continue;
                }
                int k = changeNumber(c.record().path("title").asText(""));
                if (k >= 0 && k < putAt.length && committedAt[k].compareAndSet(kiosk, 0, committedNanos)) {
                    deliveredAt[k].set(kiosk, deliveredNanos);
                    got.incrementAndGet(k);
                }
            }
        }

        boolean complete(List<Planned> plan, int from, int to, List<Kiosk> audience) {
            for (int k = from; k < to; k++) {
                int expected = 0;
                for (Kiosk kiosk : audience) {
                    expected += plan.get(k).audience[kiosk.index] ? 1 : 0;
                }
                if (got.get(k) < expected) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One simulated kiosk: its credentials, scope and store, and its event stream when open. */
    private final class Kiosk {
        final int index;
        final String id;
        final String token;
        final String centreId;
        final Set<String> scope;
        final KioskStore store;
        final SerialExecutor serial;
        volatile SseSubscriber stream;
        volatile boolean stopping;
        volatile boolean poller;
        volatile int streamEvents;
        volatile int streamHeartbeats;
        volatile String lastEventId;
        volatile String openedFrom;
        volatile String closedBy;

        Kiosk(int index, String id, String token, String centreId, Set<String> scope, KioskStore store, SerialExecutor serial) {
            this.index = index;
            this.id = id;
            this.token = token;
            this.centreId = centreId;
            this.scope = scope;
            this.store = store;
            this.serial = serial;
        }

        void openStream(CountDownLatch connected, Semaphore opening) {
            boolean[] counted = new boolean[1];
            Runnable opened = () -> {
                synchronized (counted) {
                    if (!counted[0]) {
                        counted[0] = true;
                        connected.countDown();
                        opening.release();
                    }
                }
            };
            SseSubscriber subscriber = new SseSubscriber(new SseSubscriber.Listener() {
                @Override
                public void onEvent(String name, String eventId, String data) {
                    long received = System.nanoTime();
                    streamEvents++;
                    lastEventId = eventId;
                    if (name.equals("changes")) {
                        serial.execute(() -> {
                            ChangeBatch batch = SyncApi.read(data, ChangeBatch.class);
                            store.apply(batch);
                            recorder.committed(index, batch, received, System.nanoTime());
                        });
                    } else if (name.equals("reset")) {
                        resets.incrementAndGet();
                    }
                }

                @Override
                public void onComment(String text) {
                    if (text.startsWith("connected")) {
                        connectedStreams.incrementAndGet();
                        opened.run();
                    } else if (text.equals("hb")) {
                        streamHeartbeats++;
                        heartbeats.incrementAndGet();
                    }
                }

                @Override
                public void onClosed(Throwable error) {
                    closedBy = error == null ? "server (clean end)" : error.toString();
                    if (!stopping) {
                        dropped.incrementAndGet();
                    }
                    opened.run();
                }
            });
            stream = subscriber;
            openedFrom = store.cursor().asText();
            kioskApi.stream(token, store.cursor(), subscriber, status -> {
                if (status != 200) {
                    failedOpens.incrementAndGet();
                }
            }).whenComplete((r, error) -> {
                if (error != null) {
                    if (!stopping) {
                        failedOpens.incrementAndGet();
                    }
                    opened.run();
                }
            });
        }

        void stopStream() {
            stopping = true;
            SseSubscriber s = stream;
            if (s != null) {
                s.cancel();
            }
        }
    }

    // ---------------------------------------------------------------- small things

    static void printServerWarnings(ServerProcess server) {
        try (var lines = java.nio.file.Files.lines(server.log())) {
            List<String> warnings = lines.filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception"))
                    .limit(20).toList();
            System.out.println("server log: " + (warnings.isEmpty() ? "no warnings or errors" : "warnings and errors (first 20):"));
            warnings.forEach(w -> System.out.println("  " + w));
        } catch (java.io.IOException e) {
            System.out.println("server log unreadable: " + e);
        }
    }

    private static String harness() {
        Runtime r = Runtime.getRuntime();
        long pid = ProcessHandle.current().pid();
        return ProcStatus.memory(pid) + "  open fds=" + ProcStatus.openFiles(pid) + "  heap in use " + (r.totalMemory() - r.freeMemory()) / (1024 * 1024)
                + " MiB (in-memory SQLite stores live outside the heap)";
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
