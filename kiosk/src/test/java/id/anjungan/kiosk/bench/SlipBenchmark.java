package id.anjungan.kiosk.bench;

import id.anjungan.kiosk.printer.EscPosSlipEncoder;
import id.anjungan.kiosk.printer.FakeEscPosPrinter;
import id.anjungan.kiosk.printer.PrinterConfig;
import id.anjungan.kiosk.printer.SlipPrinter;
import id.anjungan.kiosk.printer.SlipPrinters;
import id.anjungan.kiosk.issue.IssueOutcome;
import id.anjungan.kiosk.issue.SlipIssuer;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.slip.SlipFonts;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.kiosk.testing.EnrolledKiosk;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.slip.KioskKey;
import id.anjungan.protocol.slip.PresentationLedger;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.protocol.slip.SlipVerifier;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.db.Database;
import id.anjungan.server.intake.IntakeService;
import id.anjungan.server.intake.PresentationStore;
import id.anjungan.server.intake.VerificationAnswer;
import id.anjungan.server.intake.VerificationRequest;
import id.anjungan.server.kiosk.KioskStore;
import id.anjungan.server.outbox.SlipStore;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.sync.ChangeLog;
import id.anjungan.server.vacancy.VacancyStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measures issuing a referral slip on a kiosk and verifying slips on the server, and writes the
 * figures as Markdown to stdout and {@code kiosk/target/slip-benchmarks.md}. Not a test: timings
 * depend on the machine and on whatever else runs on it. Run it with
 *
 * <pre>mvn -B -q -pl kiosk -am verify -DskipTests -Pslip-benchmarks</pre>
 *
 * <p>Issuing: a kiosk enrolled with a real sync server (demo data, port 0) issues slips for a demo
 * vacancy through {@link SlipIssuer#issue}: random id, Ed25519 signature, QR text, the outbox row
 * (SQLite, committed), raster at 203 dpi with the QR, ESC/POS encoding, and the job spooled over
 * TCP to a fake printer on the loopback interface (status query first, then the job, then waiting
 * for the printer to close). Also through the demo's file printer (PNG + PDF), and each step alone.
 *
 * <p>Verifying: slips signed with the enrolled kiosk's key are checked by
 * {@code POST /api/v1/intake/verify} over HTTP (1 and 4 clients), by the server's own
 * {@link IntakeService} in the same process (no HTTP), and by the bare {@link SlipVerifier} (no
 * database). Every slip is fresh, so each verification is VALID and records its presentation.
 *
 * <p>Arguments (all optional): issues (default 300), verifications per run (default 1000).
 */
public final class SlipBenchmark {
    private static final Clock CLOCK = Clock.system(SlipIssuer.ZONE);
    private static final int WARM_UP = 40;

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int verifications = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        new SlipBenchmark().run(issues, verifications);
    }

    private void run(int issues, int verifications) throws Exception {
        Path folder = Files.createTempDirectory("slip-benchmark");
        line("## Referral slips: issuing on the kiosk, verifying on the server");
        line("");
        line("Measured " + LocalDateTime.now(CLOCK).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " WIB by `"
                + SlipBenchmark.class.getName() + "` (" + issues + " issues after " + WARM_UP + " to warm up; "
                + verifications + " verifications a run).");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (`nproc`), " + cpuModel() + "; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ". Load average at start: "
                + loadAverage() + ".");
        line("");
        try (TestServer server = TestServer.start(folder.resolve("server"));
             FakeEscPosPrinter printer = FakeEscPosPrinter.start(FakeEscPosPrinter.Replies.READY)) {
            EnrolledKiosk kiosk = EnrolledKiosk.of(server, folder.resolve("kiosk"), CLOCK);
            Vacancy vacancy = kiosk.liveVacancies(CLOCK).get(0);
            issuing(kiosk, vacancy, printer, folder, issues);
            verifying(server, kiosk, vacancy, verifications);
        } finally {
            deleteRecursively(folder);
        }
        line("");
        line("Load average at the end: " + loadAverage() + ". Timings are wall-clock; other processes on the machine"
                + " count.");
        Path out = Path.of("target", "slip-benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("(also written to " + out.toAbsolutePath() + ")");
    }

    private void issuing(EnrolledKiosk kiosk, Vacancy vacancy, FakeEscPosPrinter fake, Path folder, int issues)
            throws Exception {
        SlipPrinter escPos = SlipPrinters.create(PrinterConfig.escPosTcp(fake.host(), fake.port(), PaperWidth.MM_80, false));
        SlipIssuer overTcp = new SlipIssuer(kiosk.store(), escPos, kiosk::keys, () -> EnrolledKiosk.CENTRE, CLOCK,
                new SecureRandom(), () -> { });
        Optional<Applicant> applicant = Optional.of(new Applicant("Siti Aminah", "0812-3456-7890"));
        long[] tcp = time(issues, () -> {
            IssueOutcome outcome = overTcp.issue(vacancy.id(), applicant);
            if (!outcome.printed()) {
                throw new IllegalStateException("not printed: " + outcome.staffMessage());
            }
            drain(fake);
        });

        SlipIssuer toFiles = new SlipIssuer(kiosk.store(),
                SlipPrinters.create(PrinterConfig.file(folder.resolve("slips"), PaperWidth.MM_80)), kiosk::keys,
                () -> EnrolledKiosk.CENTRE, CLOCK, new SecureRandom(), () -> { });
        long[] files = time(issues, () -> {
            if (!toFiles.issue(vacancy.id(), applicant).printed()) {
                throw new IllegalStateException("not written");
            }
        });

        SlipSigner signer = SlipSigner.of(kiosk.keys());
        SecureRandom random = new SecureRandom();
        Instant now = CLOCK.instant();
        long[] sign = time(issues, () -> SlipTokenCodec.toText(signer.sign(new SlipToken(signer.keyId(),
                SlipId.random(random), vacancy.id(), vacancy.employerId(), now, now.plus(Duration.ofDays(14))))));
        OutboxStore outbox = kiosk.store().outbox();
        long[] store = time(issues, () -> outbox.add(new IssuedSlip(SlipId.random(random).hex(), vacancy.id(),
                vacancy.employerId(), now, now.plus(Duration.ofDays(14)), DemoSlips.qrText(), "Siti Aminah", null)));
        long[] lookup = time(issues, () -> {
            kiosk.store().vacancy(vacancy.id()).orElseThrow();
            kiosk.store().referenceData();
        });
        RasterSlipRenderer renderer = new RasterSlipRenderer(SlipFonts.installed());
        SlipContent content = DemoSlips.withApplicant();
        long[] render = time(issues, () -> renderer.render(content, PaperWidth.MM_80));
        EscPosSlipEncoder encoder = new EscPosSlipEncoder(renderer, PaperWidth.MM_80, false);
        long[] encode = time(issues, () -> encoder.encode(content));
        long[] spool = time(issues, () -> {
            escPos.print(content);
            drain(fake);
        });

        line("### Issuing one slip on the kiosk (target: 200 ms or less)");
        line("");
        line("| what | p50 | p95 | max |");
        line("| --- | ---: | ---: | ---: |");
        row("**whole issue, ESC/POS to a loopback printer socket** (80 mm, with name and phone)", tcp);
        row("whole issue, file printer (PNG + PDF, the demo's)", files);
        row("read the vacancy and reference data from the kiosk store", lookup);
        row("sign the token + QR text (Ed25519, Base45)", sign);
        row("outbox row (SQLite, one committed transaction)", store);
        row("raster at 203 dpi with the QR (80 mm)", render);
        row("ESC/POS job (raster + bands + cut; includes the raster)", encode);
        row("print over TCP (status query, job, printer closes; includes the ESC/POS job)", spool);
        line("");
    }

    private void verifying(TestServer server, EnrolledKiosk kiosk, Vacancy vacancy, int count) throws Exception {
        SlipSigner signer = SlipSigner.of(kiosk.keys());
        SecureRandom random = new SecureRandom();
        Supplier<String> fresh = () -> {
            Instant issued = CLOCK.instant().minusSeconds(60);
            return SlipTokenCodec.toText(signer.sign(new SlipToken(signer.keyId(), SlipId.random(random), vacancy.id(),
                    vacancy.employerId(), issued, issued.plus(Duration.ofDays(14)))));
        };
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI verify = server.baseUri().resolve("/api/v1/intake/verify");
        String admin = server.running().adminToken();

        httpVerify(http, verify, admin, texts(fresh, 200), vacancy.employerId(), 2); // warm up
        line("### Verifying slips on the server");
        line("");
        line("Each verification of a fresh, genuine slip: decode, key lookup, Ed25519 check, revocation and expiry,"
                + " employer, earlier presentation, then the presentation is recorded (one SQLite write transaction).");
        line("");
        line("| how | clients | verifications/s | p50 | p95 |");
        line("| --- | ---: | ---: | ---: | ---: |");
        for (int clients : new int[] {1, 4}) {
            Result result = httpVerify(http, verify, admin, texts(fresh, count), vacancy.employerId(), clients);
            line(String.format(Locale.ROOT, "| `POST /api/v1/intake/verify` over HTTP (loopback) | %d | %.0f | %s | %s |",
                    clients, result.perSecond, ms(percentile(result.latencies, 0.50)), ms(percentile(result.latencies, 0.95))));
        }

        Database database = Database.open(server.running().database());
        ChangeLog changeLog = new ChangeLog(CLOCK);
        IntakeService intake = new IntakeService(database, new KioskStore(), new PresentationStore(), new SlipStore(),
                new VacancyStore(changeLog), new ReferenceStore(changeLog), CLOCK);
        List<String> inProcess = texts(fresh, count);
        for (String text : texts(fresh, 200)) {
            intake.verify(new VerificationRequest(text, vacancy.employerId(), "bench"));
        }
        long[] latencies = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            VerificationAnswer answer = intake.verify(new VerificationRequest(inProcess.get(i), vacancy.employerId(), "bench"));
            latencies[i] = System.nanoTime() - t;
            check(answer.outcome());
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        line(String.format(Locale.ROOT, "| `IntakeService.verify` in process (no HTTP) | 1 | %.0f | %s | %s |", perSecond,
                ms(percentile(latencies, 0.50)), ms(percentile(latencies, 0.95))));

        SlipVerifier bare = new SlipVerifier(keyId -> keyId.equals(signer.keyId())
                ? Optional.of(new KioskKey(kiosk.keys().getPublic(), kiosk.kioskId(), false)) : Optional.empty(),
                PresentationLedger.NONE);
        for (String text : texts(fresh, 200)) {
            bare.verify(text, CLOCK.instant(), vacancy.employerId());
        }
        List<String> bareTexts = texts(fresh, count);
        long[] bareLatencies = new long[count];
        start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            check(bare.verify(bareTexts.get(i), CLOCK.instant(), vacancy.employerId()).outcome());
            bareLatencies[i] = System.nanoTime() - t;
        }
        perSecond = count / ((System.nanoTime() - start) / 1e9);
        line(String.format(Locale.ROOT, "| `SlipVerifier.verify` alone (keys in memory, no database) | 1 | %.0f | %s | %s |",
                perSecond, ms(percentile(bareLatencies, 0.50)), ms(percentile(bareLatencies, 0.95))));
    }

    private record Result(double perSecond, long[] latencies) {
    }

    private Result httpVerify(HttpClient http, URI verify, String admin, List<String> texts, String employerId,
                              int clients) throws Exception {
        long[] latencies = new long[texts.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    byte[] body = ProtocolJson.mapper().writeValueAsBytes(
                            new VerificationRequest(texts.get(i), employerId, "Pos Satpam Gerbang 3"));
                    HttpRequest request = HttpRequest.newBuilder(verify)
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t;
                    VerificationAnswer answer = ProtocolJson.mapper().readValue(response.body(), VerificationAnswer.class);
                    check(answer.outcome());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double perSecond = texts.size() / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        return new Result(perSecond, latencies);
    }

    private static void check(Object outcome) {
        if (!"VALID".equals(String.valueOf(outcome))) {
            throw new IllegalStateException("a fresh genuine slip was not valid: " + outcome);
        }
    }

    private static List<String> texts(Supplier<String> fresh, int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(fresh.get());
        }
        return texts;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Runs the work {@link #WARM_UP} times unmeasured, then {@code count} times measured; nanoseconds each. */
    private static long[] time(int count, Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void drain(FakeEscPosPrinter printer) throws InterruptedException {
        if (printer.nextJob(Duration.ofSeconds(5)) == null) {
            throw new IllegalStateException("the fake printer received no job");
        }
    }

    private void row(String what, long[] nanos) {
        line("| " + what + " | " + ms(percentile(nanos, 0.50)) + " | " + ms(percentile(nanos, 0.95)) + " | "
                + ms(Arrays.stream(nanos).max().orElse(0)) + " |");
    }

    private static long percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(p * (sorted.length - 1))];
    }

    private static String ms(long nanos) {
        double millis = nanos / 1e6;
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
