package id.anjungan.benchmarks;

import id.anjungan.benchmarks.harness.ByteCountingProxy;
import id.anjungan.benchmarks.harness.ServerProcess;
import id.anjungan.benchmarks.harness.ServerSeed;
import id.anjungan.benchmarks.harness.SseSubscriber;
import id.anjungan.benchmarks.harness.SyncApi;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Bytes a kiosk downloads in a day of typical churn: 200 changes among 2,000 live vacancies, over SSE (real
 * event bytes for the 200 changes, plus 24 hours of heartbeat comments at their real size), against fetching
 * the whole list (GET /api/v1/vacancies) every 5 minutes, and against polling GET /api/v1/sync/changes every
 * 5 minutes; plain and gzip where the server offers it. Every figure is counted on a TCP relay between the
 * kiosk's HTTP client and the server ({@link ByteCountingProxy}).
 */
public final class BytesBenchmark {
    private static final String CENTRE = "blkk-batang-1";
    private static final int HEARTBEAT_SECONDS = 15;
    private static final int POLLS_A_DAY = 24 * 60 / 5;

    private final int live;
    private final int changes;
    private final Path folder;

    public BytesBenchmark(int live, int changes, Path folder) {
        this.live = live;
        this.changes = changes;
        this.folder = folder;
    }

    public void run() throws Exception {
        System.out.printf(Locale.ROOT, "%nBYTES: one kiosk, a day of %d changes among %,d live vacancies%n", changes, live);
        Path database = folder.resolve("sync-server.db");
        ServerSeed seed = ServerSeed.demo(database);
        LocalDate today = seed.today();
        Snapshot demoSnapshot = seed.snapshotFor(CENTRE);
        Set<String> scope = Set.copyOf(demoSnapshot.reference().centres().stream().filter(c -> c.id().equals(CENTRE))
                .findFirst().orElseThrow().scopeRegionIds());
        List<Vacancy> demo = seed.vacancies();
        long demoLive = demo.stream().filter(v -> v.isLiveOn(today)).count();
        List<Vacancy> templates = demo.stream().filter(v -> scope.contains(v.regionId())).toList();
        int extra = (int) Math.max(0, live - demoLive);
        seed.write(extra, 5_000, i -> {
            String id = String.format(Locale.ROOT, "bench-%05d", i);
            return new ServerSeed.Write(id, ServerSeed.variant(templates.get(i % templates.size()), id, 0, today));
        });
        List<Vacancy> all = seed.vacancies();
        long liveNow = all.stream().filter(v -> v.isLiveOn(today)).count();
        List<Vacancy> inScope = all.stream().filter(v -> v.isLiveOn(today) && scope.contains(v.regionId())).toList();
        System.out.printf(Locale.ROOT, "server holds %,d vacancies (%,d live, %,d live in the kiosk's scope)%n",
                all.size(), liveNow, inScope.size());

        try (ServerProcess server = ServerProcess.start(folder, database);
             ByteCountingProxy proxy = ByteCountingProxy.to(server.base())) {
            SyncApi direct = new SyncApi(SyncApi.clientBuilder().build(), server.base(), server.adminToken());
            EnrolmentResponse kiosk = direct.enrolKiosk(CENTRE);
            HttpClient client = SyncApi.clientBuilder().build();

            Measured snapshotPlain = get(client, proxy, proxy.base().resolve("/api/v1/sync/snapshot"), kiosk.token(), false);
            Measured snapshotGzip = get(client, proxy, proxy.base().resolve("/api/v1/sync/snapshot"), kiosk.token(), true);
            Measured listPlain = get(client, proxy, proxy.base().resolve("/api/v1/vacancies"), null, false);
            Measured listGzip = get(client, proxy, proxy.base().resolve("/api/v1/vacancies"), null, true);
            SyncCursor start = SyncApi.read(snapshotPlain.body, Snapshot.class).cursor();

            Sse sse = sse(proxy, kiosk.token(), start, direct, inScope);

            Measured emptyPlain = get(client, proxy, direct.changesUri(sse.end, 1_000).toString()
                    .replace(server.base().toString(), proxy.base().toString()), kiosk.token(), false);
            Measured emptyGzip = get(client, proxy, direct.changesUri(sse.end, 1_000).toString()
                    .replace(server.base().toString(), proxy.base().toString()), kiosk.token(), true);
            long oneDown = 0;
            long oneDownGzip = 0;
            for (long seq : sse.seqs) {
                // What a poll 5 minutes after the previous one finds on a day of 200 changes: one change.
                String uri = direct.changesUri(new SyncCursor(start.epoch(), seq - 1), 1).toString()
                        .replace(server.base().toString(), proxy.base().toString());
                oneDown += get(client, proxy, uri, kiosk.token(), false).down;
                oneDownGzip += get(client, proxy, uri, kiosk.token(), true).down;
            }
            oneDown /= sse.seqs.size();
            oneDownGzip /= sse.seqs.size();

            System.out.println();
            System.out.println("one-off: snapshot for the kiosk's scope " + snapshotPlain + "; with gzip " + snapshotGzip);
            System.out.printf(Locale.ROOT, "SSE: opening the stream %,d B down (headers + 'connected' comment), %,d B up;"
                    + " Content-Encoding: %s%n", sse.openDown, sse.openUp, sse.encoding);
            System.out.printf(Locale.ROOT, "SSE: one heartbeat comment is %d B on the wire (measured between two heartbeats)%n",
                    sse.heartbeatBytes);
            System.out.printf(Locale.ROOT, "SSE: %d change events: %,d B in all, %,d B each on average (min %,d, max %,d)%n",
                    sse.events, sse.changeBytes, sse.changeBytes / Math.max(1, sse.events), sse.minEvent, sse.maxEvent);
            System.out.println("full list GET /api/v1/vacancies: " + listPlain + "; with gzip " + listGzip);
            System.out.println("GET /api/v1/sync/changes with nothing new: " + emptyPlain + "; with gzip " + emptyGzip);
            System.out.printf(Locale.ROOT, "GET /api/v1/sync/changes with one change: %,d B down on average; with gzip %,d B%n",
                    oneDown, oneDownGzip);

            long heartbeats = 24L * 3600 / HEARTBEAT_SECONDS;
            long sseDay = sse.openDown + sse.changeBytes * changes / Math.max(1, sse.events) + heartbeats * sse.heartbeatBytes;
            long listDay = POLLS_A_DAY * (long) listPlain.down;
            long listDayGzip = POLLS_A_DAY * (long) listGzip.down;
            long pollsWithChange = Math.min(changes, POLLS_A_DAY);
            // 200 changes spread over the day's 288 polls: a poll brings one change or none.
            long changesDay = oneDown * pollsWithChange + (POLLS_A_DAY - pollsWithChange) * (long) emptyPlain.down;
            long changesDayGzip = oneDownGzip * pollsWithChange + (POLLS_A_DAY - pollsWithChange) * (long) emptyGzip.down;
            System.out.println();
            System.out.println("RESULT bytes downloaded by one kiosk in a day (server -> kiosk):");
            System.out.printf(Locale.ROOT, "  SSE push:                  %,12d B  = one stream opening %,d + %d changes x %,d + %,d heartbeats x %d%n",
                    sseDay, sse.openDown, changes, sse.changeBytes / Math.max(1, sse.events), heartbeats, sse.heartbeatBytes);
            System.out.printf(Locale.ROOT, "  full list every 5 min:     %,12d B  = %d x %,d%n", listDay, POLLS_A_DAY, listPlain.down);
            System.out.printf(Locale.ROOT, "  full list, gzip:           %,12d B  = %d x %,d%n", listDayGzip, POLLS_A_DAY, listGzip.down);
            System.out.printf(Locale.ROOT, "  /sync/changes every 5 min: %,12d B  (%d polls with a change, %d empty)%n",
                    changesDay, pollsWithChange, POLLS_A_DAY - pollsWithChange);
            System.out.printf(Locale.ROOT, "  /sync/changes, gzip:       %,12d B%n", changesDayGzip);
            System.out.printf(Locale.ROOT, "  uploads a day: SSE %,d B (one request); full list %,d B (%d requests of %d B)%n",
                    sse.openUp, POLLS_A_DAY * (long) listPlain.up, POLLS_A_DAY, listPlain.up);
        }
    }

    /** Bytes of one exchange through the relay. */
    private record Measured(int down, int up, String encoding, int bodyBytes, byte[] body) {
        int total() {
            return down + up;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d B down (body %,d B, %s), %,d B up", down, bodyBytes,
                    encoding == null ? "identity" : encoding, up);
        }
    }

    private static Measured get(HttpClient client, ByteCountingProxy proxy, URI uri, String token, boolean gzip) throws Exception {
        return get(client, proxy, uri.toString(), token, gzip);
    }

    private static Measured get(HttpClient client, ByteCountingProxy proxy, String uri, String token, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        long down0 = proxy.down();
        long up0 = proxy.up();
        HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode());
        }
        String encoding = r.headers().firstValue("Content-Encoding").orElse(null);
        byte[] body = r.body();
        if ("gzip".equals(encoding)) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        // The relay has counted everything the client read; give its up-counter a moment for the request.
        Thread.sleep(20);
        return new Measured((int) (proxy.down() - down0), (int) (proxy.up() - up0), encoding, r.body().length, body);
    }

    private static final class Sse {
        long openDown;
        long openUp;
        String encoding;
        long heartbeatBytes;
        long changeBytes;
        int events;
        long minEvent = Long.MAX_VALUE;
        long maxEvent;
        final List<Long> seqs = new ArrayList<>();
        SyncCursor end;
    }

    /** Opens the stream through the relay, measures a heartbeat, then commits the changes one at a time. */
    private Sse sse(ByteCountingProxy proxy, String token, SyncCursor start, SyncApi direct, List<Vacancy> candidates)
            throws Exception {
        Sse result = new Sse();
        CountDownLatch connected = new CountDownLatch(1);
        BlockingQueue<Long> heartbeatAt = new LinkedBlockingQueue<>();
        BlockingQueue<ChangeBatch> events = new LinkedBlockingQueue<>();
        AtomicInteger heartbeatCount = new AtomicInteger();
        String[] encoding = new String[1];
        long down0 = proxy.down();
        long up0 = proxy.up();
        SseSubscriber subscriber = new SseSubscriber(new SseSubscriber.Listener() {
            @Override
            public void onEvent(String name, String id, String data) {
                if (name.equals("changes")) {
                    events.add(SyncApi.read(data, ChangeBatch.class));
                }
            }

            @Override
            public void onComment(String text) {
                if (text.startsWith("connected")) {
                    connected.countDown();
                } else if (text.equals("hb")) {
                    heartbeatCount.incrementAndGet();
                    heartbeatAt.add(proxy.down());
                }
            }
        });
        HttpClient sseClient = SyncApi.clientBuilder().build();
        HttpRequest request = HttpRequest.newBuilder(proxy.base().resolve("/api/v1/sync/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip").header("Last-Event-ID", start.asText()).GET().build();
        sseClient.sendAsync(request, info -> {
            encoding[0] = info.headers().firstValue("Content-Encoding").orElse("identity (none; gzip was asked for)");
            return HttpResponse.BodySubscribers.fromLineSubscriber(subscriber);
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stream did not open");
        }
        Thread.sleep(200);
        result.openDown = proxy.down() - down0;
        result.openUp = proxy.up() - up0;
        result.encoding = encoding[0];

        System.out.println("waiting for two heartbeats (the server sends one every " + HEARTBEAT_SECONDS + " s)...");
        Long first = heartbeatAt.poll(2 * HEARTBEAT_SECONDS + 5, TimeUnit.SECONDS);
        Long second = heartbeatAt.poll(HEARTBEAT_SECONDS + 5, TimeUnit.SECONDS);
        if (first == null || second == null) {
            throw new IllegalStateException("no heartbeats seen");
        }
        result.heartbeatBytes = second - first;

        Random random = new Random(20261127L);
        SyncCursor cursor = start;
        for (int i = 0; i < changes; i++) {
            Vacancy v = candidates.get(random.nextInt(candidates.size()));
            Vacancy edited = new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                    v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings() + 1 + i % 3, v.pay(),
                    v.requirements(), v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(),
                    v.validThrough().plusDays(1), v.status(), v.updatedAt());
            int hb0 = heartbeatCount.get();
            long before = proxy.down();
            direct.putVacancy(edited);
            ChangeBatch batch = events.poll(10, TimeUnit.SECONDS);
            if (batch == null) {
                throw new IllegalStateException("change " + i + " did not arrive");
            }
            long bytes = proxy.down() - before - (heartbeatCount.get() - hb0) * result.heartbeatBytes;
            result.changeBytes += bytes;
            result.events++;
            result.minEvent = Math.min(result.minEvent, bytes);
            result.maxEvent = Math.max(result.maxEvent, bytes);
            batch.changes().forEach(c -> result.seqs.add(c.seq()));
            cursor = batch.cursor();
        }
        result.end = cursor;
        subscriber.cancel();
        return result;
    }
}
