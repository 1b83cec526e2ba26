package id.anjungan.server.feed;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feed sources and their runs. A run fetches (or loads the uploaded file), parses, plans against the
 * source's stored vacancies and applies the plan in one transaction through the vacancy store, so every
 * write is in the change log and a failure anywhere leaves everything as it was. A preview does the
 * same without writing. Every run, applied or failed, is kept in the source's history.
 */
public final class FeedService {
    private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);
    /** The largest feed read, fetched or uploaded. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_EVERY_HOURS = 24 * 31;
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final FeedStore store;
    private final ReferenceStore reference;
    private final VacancyStore vacancies;
    private final FeedFetcher fetcher;
    private final Clock clock;

    public FeedService(Database database, FeedStore store, ReferenceStore reference, VacancyStore vacancies,
                       FeedFetcher fetcher, Clock clock) {
        this.database = database;
        this.store = store;
        this.reference = reference;
        this.vacancies = vacancies;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** A file staff uploaded to a source, and what running the source with it would do. */
    public record Uploaded(FeedSource source, FeedPlan preview) {
    }

    /** Work done in the same transaction as a change to a source, such as its audit entry. */
    @FunctionalInterface
    public interface SourceHook {
        SourceHook NONE = (c, source) -> { };

        void run(Connection c, FeedSource source) throws SQLException;
    }

    /** Work done in the same transaction as a run is recorded, such as its audit entry. */
    @FunctionalInterface
    public interface RunHook {
        RunHook NONE = (c, run) -> { };

        void run(Connection c, FeedRun run) throws SQLException;
    }

    // ---- sources

    public FeedSource create(FeedSourceRequest request) {
        return create(request, SourceHook.NONE);
    }

    public FeedSource create(FeedSourceRequest request, SourceHook alsoInTransaction) {
        if (request.ownerKind() == null) {
            throw new BadRequestException("ownerKind: required, CENTRE or EMPLOYER");
        }
        if (request.kind() == null) {
            throw new BadRequestException("kind: required, URL or UPLOAD");
        }
        if (request.kind() == SourceKind.URL) {
            checkAddress(request.url());
        }
        return database.inTransaction(c -> {
            FeedSource created = insert(c, request);
            alsoInTransaction.run(c, created);
            return created;
        });
    }

    /**
     * Registers an UPLOAD source together with its first file, in one transaction: a file that cannot
     * be read as the format given leaves no source behind. Answers the source and the preview of a run.
     */
    public Uploaded createWithUpload(FeedSourceRequest request, String fileName, byte[] content,
                                     SourceHook alsoInTransaction) {
        if (request.kind() != SourceKind.UPLOAD) {
            throw new BadRequestException("kind: a file goes with an UPLOAD source");
        }
        if (request.ownerKind() == null) {
            throw new BadRequestException("ownerKind: required, CENTRE or EMPLOYER");
        }
        if (request.format() == null) {
            throw new BadRequestException("format: required, one of CSV, XLSX, JSON, JSON_LD");
        }
        List<FeedRow> rows = parseUpload(request.format(), content);
        String hash = FeedVacancyIds.contentHash(content);
        return database.inTransaction(c -> {
            FeedSource created = insert(c, request);
            FeedPlan plan = plan(c, created, rows, hash);
            store.saveUpload(c, created.id(), uploadName(fileName), content, hash, clock.instant());
            FeedSource saved = store.source(c, created.id()).orElseThrow();
            alsoInTransaction.run(c, saved);
            return new Uploaded(saved, plan);
        });
    }

    private FeedSource insert(Connection c, FeedSourceRequest request) throws SQLException {
        checkOwner(c, request.ownerKind(), request.ownerId());
        String id = newId(c);
        if (request.format() == null) {
            throw new BadRequestException("format: required, one of CSV, XLSX, JSON, JSON_LD");
        }
        FeedSource source = settings(new FeedSource(id, request.ownerKind(), request.ownerId(), "", request.kind(),
                request.format(), null, null, false, clock.instant(), null, null), request);
        store.insertSource(c, source);
        return store.source(c, id).orElseThrow();
    }

    private static List<FeedRow> parseUpload(FeedFormat format, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new FeedUnreadableException("berkas lebih besar dari " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return FeedParsers.parse(format, content);
    }

    private static String uploadName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "unggahan" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** Changes a source's name, format, address, schedule or full-feed flag; its owner and kind stay. */
    public FeedSource update(String id, FeedSourceRequest request) {
        return update(id, request, SourceHook.NONE);
    }

    public FeedSource update(String id, FeedSourceRequest request, SourceHook alsoInTransaction) {
        if (request.url() != null && !request.url().isBlank()) {
            checkAddress(request.url());
        }
        return database.inTransaction(c -> {
            FeedSource current = store.source(c, id).orElseThrow(() -> new NotFoundException("feed source", id));
            if (request.ownerKind() != null && request.ownerKind() != current.ownerKind()
                    || request.ownerId() != null && !request.ownerId().equals(current.ownerId())) {
                throw new BadRequestException("ownerId: a source's owner cannot change; register a new source");
            }
            if (request.kind() != null && request.kind() != current.kind()) {
                throw new BadRequestException("kind: a source's kind cannot change; register a new source");
            }
            store.updateSource(c, settings(current, request));
            FeedSource updated = store.source(c, id).orElseThrow();
            alsoInTransaction.run(c, updated);
            return updated;
        });
    }

    public FeedSource get(String id) {
        return database.read(c -> store.source(c, id)).orElseThrow(() -> new NotFoundException("feed source", id));
    }

    /** Every source, or those of one owner when ownerKind is given. */
    public List<FeedSource> list(OwnerKind ownerKind, String ownerId) {
        return database.read(c -> store.sources(c, ownerKind, ownerId));
    }

    private static FeedSource settings(FeedSource s, FeedSourceRequest r) {
        String name = r.name() == null ? s.name() : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BadRequestException("name: required, at most 200 characters");
        }
        FeedFormat format = r.format() != null ? r.format() : s.format();
        String url = r.url() != null ? r.url().strip() : s.url();
        Integer everyHours = r.everyHours() != null ? (r.everyHours() == 0 ? null : r.everyHours()) : s.everyHours();
        boolean fullFeed = r.fullFeed() != null ? r.fullFeed() : s.fullFeed();
        if (s.kind() == SourceKind.URL) {
            checkUrl(url);
        } else if (url != null && !url.isEmpty()) {
            throw new BadRequestException("url: an UPLOAD source has no address");
        } else {
            url = null;
        }
        if (everyHours != null && s.kind() == SourceKind.UPLOAD) {
            throw new BadRequestException("everyHours: only a URL source runs on a schedule");
        }
        if (everyHours != null && (everyHours < 1 || everyHours > MAX_EVERY_HOURS)) {
            throw new BadRequestException("everyHours: 1 to " + MAX_EVERY_HOURS + ", or 0 for no schedule");
        }
        return new FeedSource(s.id(), s.ownerKind(), s.ownerId(), name, s.kind(), format, url, everyHours, fullFeed,
                s.createdAt(), s.upload(), s.lastRun());
    }

    private static void checkUrl(String url) {
        if (url == null || url.isEmpty()) {
            throw new BadRequestException("url: required for a URL source");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || url.length() > 2000) {
                throw new BadRequestException("url: an http or https address of at most 2000 characters, got '" + url + "'");
            }
        } catch (java.net.URISyntaxException e) {
            throw new BadRequestException("url: not an address: " + e.getMessage());
        }
    }

    /** Refuses, as a wrong url field, an address the fetcher would not fetch from (a private network). */
    private void checkAddress(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            fetcher.checkAddress(url.strip());
        } catch (FeedUnreadableException e) {
            throw new BadRequestException("url: " + e.getMessage());
        }
    }

    /**
     * The format a feed's content is in, told from its first bytes, and from the file name (or the
     * address's path) where the content leaves a choice.
     */
    public static FeedFormat guessFormat(String fileName, byte[] content) {
        return ContentSniffing.guess(fileName, content);
    }

    /** Fetches an address once to tell its format; a {@link FeedUnreadableException} when it cannot be read. */
    public FeedFormat guessFormat(String url) {
        checkAddress(url);
        byte[] content = fetcher.fetch(url.strip());
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        return ContentSniffing.guess(path, content);
    }

    private void checkOwner(Connection c, OwnerKind kind, String ownerId) throws SQLException {
        if (ownerId == null || ownerId.isBlank()) {
            throw new BadRequestException("ownerId: required");
        }
        boolean exists = kind == OwnerKind.CENTRE ? reference.centre(c, ownerId).isPresent()
                : reference.employer(c, ownerId).isPresent();
        if (!exists) {
            throw new BadRequestException("ownerId: no " + (kind == OwnerKind.CENTRE ? "training centre" : "employer")
                    + " '" + ownerId + "'");
        }
    }

    private String newId(Connection c) throws SQLException {
        while (true) {
            char[] id = new char[8];
            for (int i = 0; i < id.length; i++) {
                id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
            }
            String candidate = new String(id);
            if (store.source(c, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    // ---- uploads, previews and runs

    /**
     * Keeps a file as an UPLOAD source's content, replacing the one before, and answers what a run
     * would do with it. A file that cannot be read as the source's format is refused and not kept.
     */
    public Uploaded upload(String id, String fileName, byte[] content) {
        return upload(id, fileName, content, SourceHook.NONE);
    }

    public Uploaded upload(String id, String fileName, byte[] content, SourceHook alsoInTransaction) {
        FeedSource source = get(id);
        if (source.kind() != SourceKind.UPLOAD) {
            throw new BadRequestException("this source is fetched from its address; only an UPLOAD source takes files");
        }
        List<FeedRow> rows = parseUpload(source.format(), content);
        String hash = FeedVacancyIds.contentHash(content);
        return database.inTransaction(c -> {
            FeedPlan plan = plan(c, source, rows, hash);
            store.saveUpload(c, id, uploadName(fileName), content, hash, clock.instant());
            FeedSource saved = store.source(c, id).orElseThrow();
            alsoInTransaction.run(c, saved);
            return new Uploaded(saved, plan);
        });
    }

    /** What a run would do now, without doing it. */
    public FeedPlan preview(String id) {
        FeedSource source = get(id);
        byte[] content = load(source);
        List<FeedRow> rows = FeedParsers.parse(source.format(), content);
        return database.readConsistent(c -> plan(c, source, rows, FeedVacancyIds.contentHash(content)));
    }

    /**
     * Runs a source: applies its plan in one transaction, or fails changing nothing; either way the run
     * is kept in the history and returned.
     *
     * @param expectedContentHash when not null, the content hash of the preview staff saw; a feed whose
     *     content differs now is refused with a {@link FeedChangedException}, and no run is recorded
     */
    public FeedRun run(String id, RunTrigger trigger, String expectedContentHash) {
        return run(id, trigger, expectedContentHash, RunHook.NONE);
    }

    /** A run as above, with work done in the transaction that records it (applied or failed). */
    public FeedRun run(String id, RunTrigger trigger, String expectedContentHash, RunHook alsoInTransaction) {
        Instant started = clock.instant();
        FeedSource source = get(id);
        String hash = null;
        List<FeedRow> rows;
        try {
            byte[] content = load(source);
            hash = FeedVacancyIds.contentHash(content);
            if (expectedContentHash != null && !expectedContentHash.equalsIgnoreCase(hash)) {
                throw new FeedChangedException("isi sumber ini berubah sejak pratinjau; lihat pratinjau lagi sebelum menjalankan");
            }
            rows = FeedParsers.parse(source.format(), content);
        } catch (FeedUnreadableException e) {
            return failed(source, trigger, started, hash, e.getMessage(), alsoInTransaction);
        }
        String contentHash = hash;
        try {
            return database.inTransaction(c -> {
                FeedPlan plan = plan(c, source, rows, contentHash);
                apply(c, plan);
                FeedRun run = applied(c, source, trigger, started, plan);
                store.insertRun(c, run);
                alsoInTransaction.run(c, run);
                return run;
            });
        } catch (FeedUnreadableException e) {
            return failed(source, trigger, started, contentHash, e.getMessage(), alsoInTransaction);
        } catch (RuntimeException e) {
            LOG.error("run of feed source {} failed while writing; rolled back", source.id(), e);
            return failed(source, trigger, started, contentHash,
                    "menyimpan hasil gagal, tidak ada yang berubah: " + e.getMessage(), alsoInTransaction);
        }
    }

    /** A source's runs, newest first. */
    public List<FeedRun> runs(String id, int limit) {
        get(id);
        return database.read(c -> store.runs(c, id, Math.max(1, Math.min(limit, 500))));
    }

    public FeedRun findRun(String id, String runId) {
        return database.read(c -> store.run(c, id, runId)).orElseThrow(() -> new NotFoundException("feed run", runId));
    }

    /** Runs every URL source whose scheduled time has come; one failing does not stop the others. */
    public List<FeedRun> runDue() {
        Instant now = clock.instant();
        List<FeedRun> runs = new ArrayList<>();
        for (FeedSource source : list(null, null)) {
            if (source.dueAt(now)) {
                try {
                    FeedRun run = run(source.id(), RunTrigger.SCHEDULE, null);
                    LOG.info("scheduled run {} of feed source {}: {}", run.number(), source.id(), run.status());
                    runs.add(run);
                } catch (RuntimeException e) {
                    LOG.warn("scheduled run of feed source {} failed", source.id(), e);
                }
            }
        }
        return runs;
    }

    private byte[] load(FeedSource source) {
        if (source.kind() == SourceKind.URL) {
            return fetcher.fetch(source.url());
        }
        return database.read(c -> store.uploadContent(c, source.id()))
                .orElseThrow(() -> new FeedUnreadableException("belum ada berkas yang diunggah ke sumber ini"));
    }

    private FeedPlan plan(Connection c, FeedSource source, List<FeedRow> rows, String contentHash) throws SQLException {
        return FeedPlanner.plan(source, contentHash, rows, reference.loadAll(c),
                vacancies.withIdPrefix(c, FeedVacancyIds.prefix(source.id())), LocalDate.now(clock), clock.instant());
    }

    private void apply(Connection c, FeedPlan plan) throws SQLException {
        for (FeedPlan.PlannedVacancy created : plan.created()) {
            vacancies.upsert(c, created.vacancy());
        }
        for (FeedPlan.PlannedVacancy changed : plan.changed()) {
            vacancies.upsert(c, changed.vacancy());
        }
        for (FeedPlan.ClosedVacancy closed : plan.closed()) {
            Vacancy stored = vacancies.find(c, closed.vacancyId()).orElseThrow();
            vacancies.upsert(c, FeedPlanner.copy(stored, stored.datePosted(), VacancyStatus.CLOSED, clock.instant()));
        }
    }

    private FeedRun applied(Connection c, FeedSource source, RunTrigger trigger, Instant started, FeedPlan plan)
            throws SQLException {
        int number = store.nextRunNumber(c, source.id());
        FeedRun.Changes changes = new FeedRun.Changes(
                plan.created().stream().map(p -> new FeedRun.Item(p.vacancyId(), p.title())).toList(),
                plan.changed().stream().map(p -> new FeedRun.Item(p.vacancyId(), p.title())).toList(),
                plan.closed().stream().map(p -> new FeedRun.Item(p.vacancyId(), p.title())).toList());
        return new FeedRun(source.id() + "-" + number, source.id(), number, trigger, RunStatus.APPLIED, started,
                clock.instant(), plan.contentHash(), plan.rowsRead(), plan.counts(), plan.rejected(), plan.warnings(),
                changes, null);
    }

    private FeedRun failed(FeedSource source, RunTrigger trigger, Instant started, String contentHash, String reason,
                           RunHook alsoInTransaction) {
        return database.inTransaction(c -> {
            int number = store.nextRunNumber(c, source.id());
            FeedRun run = new FeedRun(source.id() + "-" + number, source.id(), number, trigger, RunStatus.FAILED, started,
                    clock.instant(), contentHash, 0, new FeedPlan.Counts(0, 0, 0, 0, 0), List.of(), List.of(), null, reason);
            store.insertRun(c, run);
            alsoInTransaction.run(c, run);
            return run;
        });
    }
}
