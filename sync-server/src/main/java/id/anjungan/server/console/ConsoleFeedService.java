package id.anjungan.server.console;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.server.account.Principal;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.feed.FeedChangedException;
import id.anjungan.server.feed.FeedFormat;
import id.anjungan.server.feed.FeedPlan;
import id.anjungan.server.feed.FeedRun;
import id.anjungan.server.feed.FeedService;
import id.anjungan.server.feed.FeedSource;
import id.anjungan.server.feed.FeedSourceRequest;
import id.anjungan.server.feed.FeedUnreadableException;
import id.anjungan.server.feed.OwnerKind;
import id.anjungan.server.feed.RunTrigger;
import id.anjungan.server.feed.SourceKind;
import id.anjungan.server.reference.ReferenceStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Vacancy feeds as the console shows them to one account. Centre staff reach their centre's sources,
 * an employer its own (whose rows the engine lets carry only that employer's vacancies), an
 * administrator every source; any other source is "not found". The work is {@link FeedService}'s;
 * every change and every run started here is audited in the transaction that makes it.
 */
public final class ConsoleFeedService {
    private final Database database;
    private final FeedService feeds;
    private final ReferenceStore reference;
    private final AuditLog audit;

    public ConsoleFeedService(Database database, FeedService feeds, ReferenceStore reference, AuditLog audit) {
        this.database = database;
        this.feeds = feeds;
        this.reference = reference;
        this.audit = audit;
    }

    /** A source with the name of the centre or employer it belongs to. */
    public record SourceRow(FeedSource source, String ownerName) {
    }

    /** Who a source can belong to, as the form's owner choice: "CENTRE:id" or "EMPLOYER:id". */
    public record Owner(String value, String name, OwnerKind kind) {
    }

    /** What a run would do now; or why the feed cannot be read, with no plan. */
    public record Preview(SourceRow row, FeedPlan plan, String failure, ReferenceData reference) {
    }

    public record RunView(SourceRow row, FeedRun run) {
    }

    /** A file as the browser sent it. */
    public record File(String name, byte[] content) {
    }

    public List<SourceRow> list(Principal who) {
        List<FeedSource> sources = switch (who.role()) {
            case ADMIN -> feeds.list(null, null);
            case CENTRE_STAFF -> feeds.list(OwnerKind.CENTRE, who.account().centreId());
            case EMPLOYER -> feeds.list(OwnerKind.EMPLOYER, who.account().employerId());
        };
        ReferenceData all = database.read(reference::loadAll);
        return sources.stream().map(s -> row(s, all)).toList();
    }

    /** A source this account reaches; any other is "not found", so its existence does not show. */
    public SourceRow get(Principal who, String id) {
        FeedSource source;
        try {
            source = feeds.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException("feed source", id);
        }
        if (!reaches(who, source)) {
            throw new NotFoundException("feed source", id);
        }
        return row(source, database.read(reference::loadAll));
    }

    /** The owners this account may register a source for: one for staff and employers, all for administrators. */
    public List<Owner> owners(Principal who) {
        ReferenceData all = database.read(reference::loadAll);
        List<Owner> owners = new ArrayList<>();
        for (TrainingCentre centre : all.centres()) {
            if (who.isAdmin() || who.isStaff() && centre.id().equals(who.account().centreId())) {
                owners.add(new Owner("CENTRE:" + centre.id(), centre.name(), OwnerKind.CENTRE));
            }
        }
        for (Employer employer : all.employers()) {
            if (who.isAdmin() || who.isEmployer() && employer.id().equals(who.account().employerId())) {
                owners.add(new Owner("EMPLOYER:" + employer.id(), employer.name(), OwnerKind.EMPLOYER));
            }
        }
        owners.sort(Comparator.comparing(Owner::kind).thenComparing(o -> o.name().toLowerCase(Locale.ROOT)));
        return owners;
    }

    /** The owner a new source of this account gets without choosing: its centre or employer; null for administrators. */
    public static String ownOwner(Principal who) {
        return switch (who.role()) {
            case ADMIN -> null;
            case CENTRE_STAFF -> "CENTRE:" + who.account().centreId();
            case EMPLOYER -> "EMPLOYER:" + who.account().employerId();
        };
    }

    /**
     * Registers a source from the form, with its first file for an upload. The format, when left to
     * be recognised, is told from the file or from what the address serves. Empty, with the reasons
     * beside the fields, when the form is wrong; nothing is registered then.
     */
    public Optional<FeedSource> create(Principal who, FeedSourceForm form, File file) {
        String owner = who.isAdmin() ? form.value("owner") : ownOwner(who);
        form.withOwner(owner);
        OwnerKind ownerKind = null;
        String ownerId = null;
        if (owners(who).stream().noneMatch(o -> o.value().equals(owner))) {
            form.reject("owner", owner.isEmpty() ? "error.required" : "error.choice");
        } else {
            ownerKind = OwnerKind.valueOf(owner.substring(0, owner.indexOf(':')));
            ownerId = owner.substring(owner.indexOf(':') + 1);
        }
        checkCommon(form);
        SourceKind kind = form.kind();
        if (kind == null) {
            form.reject("kind", "error.choice");
        }
        boolean hasFile = file != null && file.content() != null && file.content().length > 0;
        if (kind == SourceKind.UPLOAD && !hasFile) {
            form.reject("file", "feeds.error.file");
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        FeedFormat format = form.format();
        if (format == null) {
            try {
                format = kind == SourceKind.UPLOAD ? FeedService.guessFormat(file.name(), file.content())
                        : feeds.guessFormat(form.value("url"));
            } catch (BadRequestException e) {
                rejectEngine(form, e);
                return Optional.empty();
            } catch (FeedUnreadableException e) {
                form.reject("url", "feeds.error.unreadable", e.getMessage());
                return Optional.empty();
            }
        }
        FeedSourceRequest request = new FeedSourceRequest(ownerKind, ownerId, form.value("name"), kind, format,
                kind == SourceKind.URL ? form.value("url") : null, kind == SourceKind.URL ? form.everyHours() : 0,
                form.checked("fullFeed"));
        FeedService.SourceHook audited = (c, source) -> audit.append(c, Actor.of(who), "feed.create", "feed", source.id(),
                describe(source));
        try {
            if (kind == SourceKind.UPLOAD) {
                return Optional.of(feeds.createWithUpload(request, file.name(), file.content(), audited).source());
            }
            return Optional.of(feeds.create(request, audited));
        } catch (BadRequestException e) {
            rejectEngine(form, e);
        } catch (FeedUnreadableException e) {
            form.reject("file", "feeds.error.fileUnreadable", e.getMessage());
        }
        return Optional.empty();
    }

    /** Changes a source's name, address, format, schedule or full-feed flag. Empty, with reasons, when the form is wrong. */
    public Optional<FeedSource> update(Principal who, String id, FeedSourceForm form) {
        FeedSource current = get(who, id).source();
        form.withOwner(FeedSourceForm.owner(current)).withKind(current.kind());
        checkCommon(form);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        FeedFormat format = form.format() == null ? current.format() : form.format();
        boolean url = current.kind() == SourceKind.URL;
        FeedSourceRequest request = new FeedSourceRequest(null, null, form.value("name"), null, format,
                url ? form.value("url") : null, url ? form.everyHours() : 0, form.checked("fullFeed"));
        try {
            return Optional.of(feeds.update(id, request, (c, source) ->
                    audit.append(c, Actor.of(who), "feed.update", "feed", id, describe(source))));
        } catch (BadRequestException e) {
            rejectEngine(form, e);
            return Optional.empty();
        }
    }

    /** Keeps a new file for an upload source; a {@link FeedUnreadableException} says why one is refused. */
    public FeedSource upload(Principal who, String id, File file) {
        FeedSource source = get(who, id).source();
        if (source.kind() != SourceKind.UPLOAD) {
            throw new NotFoundException("upload source", id);
        }
        if (file == null || file.content() == null || file.content().length == 0) {
            throw new FeedUnreadableException("pilih berkas yang akan diunggah");
        }
        return feeds.upload(id, file.name(), file.content(), (c, saved) -> audit.append(c, Actor.of(who), "feed.upload",
                "feed", id, saved.upload().fileName() + " (" + saved.upload().size() + " bytes)")).source();
    }

    /** What "Terapkan" would do now: fetched or read from the upload again, written nowhere. */
    public Preview preview(Principal who, String id) {
        SourceRow row = get(who, id);
        ReferenceData all = database.read(reference::loadAll);
        try {
            return new Preview(row, feeds.preview(id), null, all);
        } catch (FeedUnreadableException e) {
            return new Preview(row, null, e.getMessage(), all);
        }
    }

    /**
     * Applies the feed as previewed. A {@link FeedChangedException} when its content is no longer the
     * previewed one (nothing is written or recorded then); otherwise the run, applied or failed.
     */
    public FeedRun apply(Principal who, String id, String previewedContentHash) {
        get(who, id);
        if (previewedContentHash == null || !previewedContentHash.matches("[0-9a-fA-F]{64}")) {
            throw new BadRequestException("contentHash: the preview's content hash is required");
        }
        return feeds.run(id, RunTrigger.MANUAL, previewedContentHash, (c, run) -> audit.append(c, Actor.of(who),
                "feed.run", "feed", id, "run " + run.number() + ": " + run.status() + ", " + run.counts().created()
                        + " new, " + run.counts().changed() + " changed, " + run.counts().closed() + " closed, "
                        + run.counts().rejected() + " rejected" + (run.failure() == null ? "" : "; " + run.failure())));
    }

    public List<FeedRun> runs(Principal who, String id) {
        get(who, id);
        return feeds.runs(id, 100);
    }

    public RunView run(Principal who, String id, String runId) {
        SourceRow row = get(who, id);
        return new RunView(row, feeds.findRun(id, runId));
    }

    private static boolean reaches(Principal who, FeedSource source) {
        return switch (who.role()) {
            case ADMIN -> true;
            case CENTRE_STAFF -> source.ownerKind() == OwnerKind.CENTRE && source.ownerId().equals(who.account().centreId());
            case EMPLOYER -> source.ownerKind() == OwnerKind.EMPLOYER && source.ownerId().equals(who.account().employerId());
        };
    }

    private static SourceRow row(FeedSource source, ReferenceData all) {
        String name = source.ownerKind() == OwnerKind.CENTRE
                ? all.centre(source.ownerId()).map(TrainingCentre::name).orElse(source.ownerId())
                : all.employer(source.ownerId()).map(Employer::name).orElse(source.ownerId());
        return new SourceRow(source, name);
    }

    /** What the form itself can tell: a name, an http(s) address for an address source, a schedule offered. */
    private static void checkCommon(FeedSourceForm form) {
        String name = form.value("name");
        if (name.isEmpty()) {
            form.reject("name", "error.required");
        } else if (name.length() > 200) {
            form.reject("name", "vacancy.error.tooLong");
        }
        if (form.kind() != SourceKind.UPLOAD && !form.value("kind").isEmpty()) {
            String url = form.value("url");
            if (url.isEmpty()) {
                form.reject("url", "error.required");
            } else if (!isWebAddress(url)) {
                form.reject("url", "feeds.error.url");
            }
            Integer hours = form.everyHours();
            if (hours == null || hours > 24 * 31) {
                form.reject("everyHours", "error.choice");
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The engine names the field first ("url: ..."); the page shows its words beside that field. */
    private static void rejectEngine(FeedSourceForm form, BadRequestException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        String field = colon > 0 ? message.substring(0, colon) : "";
        String words = colon > 0 ? message.substring(colon + 1).strip() : message;
        switch (field) {
            case "url" -> form.reject("url", words.contains("jaringan lokal atau pribadi") ? "feeds.error.urlPrivate"
                    : "feeds.error.url", words);
            case "name" -> form.reject("name", "error.required");
            case "ownerId", "ownerKind" -> form.reject("owner", "error.choice");
            case "everyHours" -> form.reject("everyHours", "error.choice");
            default -> form.reject("_form", "feeds.error.invalid", message);
        }
    }

    private static String describe(FeedSource source) {
        return source.name() + " · " + source.kind() + " " + source.format()
                + (source.url() == null ? "" : " " + source.url())
                + (source.everyHours() == null ? "" : " · every " + source.everyHours() + " h")
                + (source.fullFeed() ? " · full feed" : "");
    }
}
