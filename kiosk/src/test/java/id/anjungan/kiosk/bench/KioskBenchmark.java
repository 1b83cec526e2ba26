package id.anjungan.kiosk.bench;

import com.sun.net.httpserver.HttpServer;
import id.anjungan.kiosk.browse.BrowseModel;
import id.anjungan.kiosk.browse.BrowseView;
import id.anjungan.kiosk.browse.VacancyCard;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.FrameModel;
import id.anjungan.kiosk.frame.FrameView;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.IdentityStore;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.sync.KioskKeysOnDisk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.theme.Theme;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/**
 * The kiosk's numbers with 50,000 vacancies in its store, and the same list as a page in a
 * Chromium kiosk beside it. Prints its figures; asserts nothing. Needs Xvfb and Chromium (Debian's
 * xvfb and chromium) and the kiosk jar (kiosk/target/kiosk.jar). Run from the repository root:
 * {@code mvn -B -q -pl kiosk -am verify -DskipTests -Pkiosk-benchmarks} (see BENCHMARKS.md, "Kiosk").
 *
 * <ol>
 *   <li>Cold start: a new JVM process {@code java -jar kiosk.jar} on an Xvfb screen of 1920x1080 until it has
 *       drawn its attract screen (it writes the time when asked to, see {@code StartupMarker}); then its RSS.</li>
 *   <li>Search as you type: the real list model and view in this JVM (headless), one keystroke at a time:
 *       the FTS5 query, the list's cards and the layout of the screen.</li>
 *   <li>Chromium: the same vacancies as one page, from start to the page loaded and painted; RSS summed
 *       over its processes (and PSS, which counts shared pages once); its own search box typed the same way.</li>
 * </ol>
 */
public final class KioskBenchmark {
    private static final String CENTRE = "blkk-batang-1";
    private static final List<String> WORDS = List.of("operator", "las", "sepatu", "teknisi ac", "batang",
            "garmen", "pt sinar", "listrik", "kendal", "jahit");

    /** The kiosk's JVM options as the README gives them for a kiosk PC; {@code --kiosk-jvm-args=} overrides them. */
    static final String KIOSK_JVM_ARGS = "-Xmx128m -Xmn16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k"
            + " -XX:ReservedCodeCacheSize=32m";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
        int count = Integer.parseInt(options.getOrDefault("vacancies", "50000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path jar = Path.of(options.getOrDefault("jar", "target/kiosk.jar")).toAbsolutePath();
        String chromium = options.getOrDefault("chromium", "/usr/bin/chromium");
        String kioskJvmArgs = options.getOrDefault("kiosk-jvm-args", KIOSK_JVM_ARGS);
        String mallocArenas = options.getOrDefault("malloc-arena-max", "2"); // "" leaves glibc's default
        String only = options.getOrDefault("only", "all"); // all, start, search, chromium
        // As the README installs a kiosk: class-data sharing for the kiosk's own classes, the
        // archive written by one start before the measured ones ("--app-cds=false": none).
        boolean appCds = Boolean.parseBoolean(options.getOrDefault("app-cds", "true"));
        Path given = options.containsKey("store") && !options.get("store").isBlank() ? Path.of(options.get("store")) : null;
        Path work = Files.createTempDirectory("kiosk-bench");
        System.out.printf("Kiosk benchmark: %,d vacancies, %d cold starts, jar %s, work folder %s%n", count, runs, jar, work);

        Path data = given != null ? given : work.resolve("kiosk");
        KioskStore store;
        if (given == null) {
            store = fill(data, count, work);
        } else {
            store = KioskStore.open(data.resolve("kiosk.db"));
        }

        int display = freeDisplay();
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
        Thread.sleep(1500);
        try {
            System.out.println();
            System.out.println("== Kiosk: cold start to the attract screen (java -jar kiosk.jar, offline, Xvfb 1920x1080) ==");
            System.out.println("kiosk JVM options: " + (kioskJvmArgs.isBlank() ? "(none)" : kioskJvmArgs)
                    + (mallocArenas.isBlank() ? "" : "; MALLOC_ARENA_MAX=" + mallocArenas));
            List<Long> starts = new ArrayList<>();
            if (appCds && (only.equals("all") || only.equals("start"))) {
                Path archive = work.resolve("kiosk.jsa");
                System.out.println("class-data sharing: an archive of the kiosk's classes written by a start before the measured ones"
                        + " (-XX:ArchiveClassesAtExit, not counted), then -XX:SharedArchiveFile=" + archive.getFileName());
                coldStart(jar, data, work, display, 0, kioskJvmArgs + " -XX:ArchiveClassesAtExit=" + archive, mallocArenas);
                kioskJvmArgs = kioskJvmArgs + " -XX:SharedArchiveFile=" + archive;
            }
            for (int run = 1; run <= runs && (only.equals("all") || only.equals("start")); run++) {
                starts.add(coldStart(jar, data, work, display, run, kioskJvmArgs, mallocArenas));
            }
            if (!starts.isEmpty()) {
                System.out.printf("cold start: median %d ms (runs: %s)%n", median(starts), starts);
            }

            System.out.println();
            System.out.println("== Kiosk: search as you type (FTS5 query + list model + the list's rows laid out, in-process) ==");
            List<VacancyCard> firstCards = only.equals("all") || only.equals("search") ? searchAsYouType(store) : List.of();

            System.out.println();
            System.out.println("== Chromium kiosk: the same " + String.format("%,d", count) + " vacancies as one page ==");
            if (only.equals("all") || only.equals("chromium")) {
                chromium(chromium, cardsOf(store), work, display);
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
        System.out.println();
        System.out.println("Machine: " + machine());
        System.exit(0);
    }

    /** A kiosk store in the folder with the vacancies, enrolled, as after its first sync. */
    private static KioskStore fill(Path data, int count, Path work) throws IOException {
        LocalDate today = LocalDate.now();
        Snapshot demo;
        try (TestServer server = TestServer.start(work.resolve("server"))) {
            demo = server.snapshotFor(CENTRE);
        }
        List<Vacancy> vacancies = BenchVacancies.generate(demo.vacancies(), count, today);
        long filling = System.nanoTime();
        KioskStore store = KioskStore.open(data.resolve("kiosk.db"));
        store.replaceCatalog(new Catalog(vacancies, demo.reference()), Instant.now(), demo.cursor());
        KioskKeysOnDisk.loadOrCreate(store.identity(), Instant.now());
        store.identity().saveEnrolment(new IdentityStore.Enrolment("kiosk-bench", CENTRE, "bench-token", Instant.now()));
        System.out.printf("Store filled in %.1f s: %s, %,d bytes%n", (System.nanoTime() - filling) / 1e9,
                data.resolve("kiosk.db"), Files.size(data.resolve("kiosk.db")));
        return store;
    }

    private static long coldStart(Path jar, Path data, Path work, int display, int run, String jvmArgs,
                                  String mallocArenas) throws Exception {
        Path marker = work.resolve("shown-" + run);
        List<String> command = new ArrayList<>(List.of("java"));
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-Dabk.kiosk.data=" + data, "-Dabk.server.url=http://127.0.0.1:9",
                "-Dabk.kiosk.startupMarker=" + marker, "-Dabk.kiosk.speech.command=off", "-jar", jar.toString(),
                "--size=1920x1080"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("kiosk-" + run + ".log").toFile());
        builder.environment().put("DISPLAY", ":" + display);
        if (!mallocArenas.isBlank()) {
            builder.environment().put("MALLOC_ARENA_MAX", mallocArenas);
        }
        long started = System.currentTimeMillis();
        Process kiosk = builder.start();
        try {
            long deadline = started + 60_000;
            while (!Files.exists(marker) && System.currentTimeMillis() < deadline && kiosk.isAlive()) {
                Thread.sleep(5);
            }
            if (!Files.exists(marker)) {
                throw new IllegalStateException("the kiosk did not show its attract screen; see " + work.resolve("kiosk-" + run + ".log"));
            }
            long shown = Long.parseLong(Files.readString(marker).trim()) - started;
            Path loadedMarker = marker.resolveSibling(marker.getFileName() + ".loaded");
            while (!Files.exists(loadedMarker) && System.currentTimeMillis() < deadline + 60_000 && kiosk.isAlive()) {
                Thread.sleep(5);
            }
            long loaded = Long.parseLong(Files.readString(loadedMarker).trim()) - started;
            Memory atStart = Memory.of(List.of(kiosk.toHandle()));
            Thread.sleep(10_000);
            Memory settled = Memory.of(List.of(kiosk.toHandle()));
            System.out.printf("run %d: attract screen drawn %d ms after the process started, its counts (all vacancies read)"
                    + " at %d ms; RSS %s then, %s 10 s later (PSS %s)%n",
                    run, shown, loaded, atStart.rssText(), settled.rssText(), settled.pssText());
            return shown;
        } finally {
            kiosk.destroy();
            kiosk.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<VacancyCard> searchAsYouType(KioskStore store) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<List<VacancyCard>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(typeOnFxThread(store));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    private static List<VacancyCard> typeOnFxThread(KioskStore store) {
        Clock clock = Clock.systemDefaultZone();
        Messages messages = new Messages(Language.INDONESIAN);
        VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
        Navigator navigator = new Navigator();
        long loading = System.nanoTime();
        BrowseModel browse = new BrowseModel(store, clock, messages, texts, navigator::openVacancy);
        browse.reload();
        FrameModel frame = new FrameModel(messages, new Formats(messages), navigator,
                new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE), new ReadOnlyObjectWrapper<>(clock.instant()), clock,
                () -> Optional.of("BLK Komunitas"));
        FrameView frameView = new FrameView(frame, messages);
        BrowseView view = new BrowseView(browse, messages);
        frameView.show(view);
        Scene scene = new Scene(frameView, 1920, 1080);
        Theme.apply(scene);
        layout(scene);
        System.out.printf("list loaded and laid out in %d ms: %s, %d card nodes in the scene%n",
                (System.nanoTime() - loading) / 1_000_000, browse.countTextProperty().get(),
                scene.getRoot().lookupAll(".vacancy-card").size());
        view.openKeyboard();
        List<Double> times = new ArrayList<>();
        List<Double> modelTimes = new ArrayList<>();
        List<Double> layoutTimes = new ArrayList<>();
        Map<String, Integer> hits = new java.util.LinkedHashMap<>();
        for (int round = 0; round < 4; round++) {
            for (String word : WORDS) {
                for (int n = 1; n <= word.length(); n++) {
                    long t0 = System.nanoTime();
                    browse.search(word.substring(0, n));
                    long t1 = System.nanoTime();
                    layout(scene);
                    long t2 = System.nanoTime();
                    double ms = (t2 - t0) / 1e6;
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.printf("  %-12s %8.1f ms (model %5.1f)  %,d matches%n", word.substring(0, n), ms,
                                (t1 - t0) / 1e6, browse.countProperty().get());
                    }
                    if (round > 0) { // the first round warms the JIT up
                        times.add(ms);
                        modelTimes.add((t1 - t0) / 1e6);
                        layoutTimes.add((t2 - t1) / 1e6);
                    }
                    hits.put(word.substring(0, n), browse.countProperty().get());
                }
                browse.search("");
                layout(scene);
            }
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf("%d keystrokes (3 rounds of %s): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", times.size(), WORDS,
                percentile(times, 50), percentile(times, 95), times.get(times.size() - 1));
        modelTimes.sort(Comparator.naturalOrder());
        layoutTimes.sort(Comparator.naturalOrder());
        System.out.printf("  of which the model (FTS5 query, filters, order): p50 %.1f ms, p95 %.1f ms;"
                        + " the list's update and layout: p50 %.1f ms, p95 %.1f ms%n",
                percentile(modelTimes, 50), percentile(modelTimes, 95),
                percentile(layoutTimes, 50), percentile(layoutTimes, 95));
        List<Double> queryTimes = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int round = 0; round < 3; round++) {
            for (String word : WORDS) {
                for (int n = 1; n <= word.length(); n++) {
                    long q0 = System.nanoTime();
                    store.searchLiveIds(word.substring(0, n), today);
                    queryTimes.add((System.nanoTime() - q0) / 1e6);
                }
            }
        }
        List<Double> hitTimes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String word : WORDS) {
                for (int n = 1; n <= word.length(); n++) {
                    long q0 = System.nanoTime();
                    store.searchHits(word.substring(0, n), BrowseModel.RANK_UP_TO);
                    hitTimes.add((System.nanoTime() - q0) / 1e6);
                }
            }
        }
        hitTimes.sort(Comparator.naturalOrder());
        System.out.printf("  the index alone as the list asks it (KioskStore.searchHits), %d times: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                hitTimes.size(), percentile(hitTimes, 50), percentile(hitTimes, 95), hitTimes.get(hitTimes.size() - 1));
        queryTimes.sort(Comparator.naturalOrder());
        System.out.printf("  the ids query alone (KioskStore.searchLiveIds), %d times: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                queryTimes.size(), percentile(queryTimes, 50), percentile(queryTimes, 95),
                queryTimes.get(queryTimes.size() - 1));
        System.out.printf("card nodes in the scene after the typing: %d%n", scene.getRoot().lookupAll(".vacancy-card").size());
        System.out.println("matches per prefix: " + hits);
        return browse.cards();
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static List<VacancyCard> cardsOf(KioskStore store) {
        Messages messages = new Messages(Language.INDONESIAN);
        VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
        var reference = store.referenceData();
        return store.liveVacancies(LocalDate.now()).stream().map(v -> new VacancyCard(v.id(), v.tradeId(), v.title(),
                texts.employer(v, reference), texts.place(v, reference), texts.pay(v, reference), texts.deadline(v),
                texts.openings(v))).toList();
    }

    private static void chromium(String chromium, List<VacancyCard> cards, Path work, int display) throws Exception {
        byte[] page = ChromiumPage.html(cards, WORDS).getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Long> loaded = new CompletableFuture<>();
        CompletableFuture<String> searched = new CompletableFuture<>();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = new byte[0];
            if (path.equals("/")) {
                body = page;
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            } else if (path.equals("/loaded")) {
                loaded.complete(Long.parseLong(exchange.getRequestURI().getQuery().substring(2)));
            } else if (path.equals("/searched")) {
                try (InputStream in = exchange.getRequestBody()) {
                    searched.complete(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        http.start();
        System.out.printf("page: %,d bytes of HTML%n", page.length);
        ProcessBuilder builder = new ProcessBuilder(chromium, "--kiosk", "--no-sandbox", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--password-store=basic",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--window-position=0,0", "--window-size=1920,1080",
                "http://127.0.0.1:" + http.getAddress().getPort() + "/")
                .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile());
        builder.environment().put("DISPLAY", ":" + display);
        long started = System.currentTimeMillis();
        Process browser = builder.start();
        try {
            long at = loaded.get(120, TimeUnit.SECONDS);
            Memory atLoad = Memory.of(tree(browser.toHandle()));
            System.out.printf("page loaded and painted %d ms after Chromium started; %d processes, RSS summed %s (PSS %s)%n",
                    at - started, tree(browser.toHandle()).size(), atLoad.rssText(), atLoad.pssText());
            String times = searched.get(10, TimeUnit.MINUTES);
            List<Double> ms = new ArrayList<>(Stream.of(times.split(",")).filter(t -> !t.isBlank())
                    .map(Double::parseDouble).toList());
            ms.sort(Comparator.naturalOrder());
            System.out.printf("its search box, %d keystrokes (filter the cards + layout): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    ms.size(), percentile(ms, 50), percentile(ms, 95), ms.get(ms.size() - 1));
            Memory settled = Memory.of(tree(browser.toHandle()));
            System.out.printf("after the typing: RSS summed %s (PSS %s)%n", settled.rssText(), settled.pssText());
        } finally {
            tree(browser.toHandle()).forEach(ProcessHandle::destroy);
            browser.waitFor(10, TimeUnit.SECONDS);
            http.stop(0);
        }
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** Resident memory of processes from /proc: VmRSS summed, and PSS (shared pages divided among sharers). */
    private record Memory(long rssKib, long pssKib) {
        static Memory of(List<ProcessHandle> processes) {
            long rss = 0;
            long pss = 0;
            for (ProcessHandle process : processes) {
                rss += field(Path.of("/proc", Long.toString(process.pid()), "status"), "VmRSS:");
                pss += field(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"), "Pss:");
            }
            return new Memory(rss, pss);
        }

        String rssText() {
            return String.format("%.0f MiB", rssKib / 1024.0);
        }

        String pssText() {
            return String.format("%.0f MiB", pssKib / 1024.0);
        }

        private static long field(Path file, String name) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith(name)) {
                        return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0; // the process ended meanwhile
            }
            return 0;
        }
    }

    private static int freeDisplay() throws IOException {
        for (int display = 91; display < 140; display++) {
            if (!Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
                try (ServerSocket probe = new ServerSocket(6000 + display)) {
                    return display;
                } catch (IOException taken) {
                    // try the next one
                }
            }
        }
        throw new IOException("no free X display between :91 and :139");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String machine() {
        StringBuilder text = new StringBuilder();
        text.append(Runtime.getRuntime().availableProcessors()).append(" cores; ");
        text.append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append("; ");
        try {
            text.append("load ").append(Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException e) {
            text.append("load unknown");
        }
        return text.toString();
    }
}
