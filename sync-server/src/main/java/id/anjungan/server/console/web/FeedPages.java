package id.anjungan.server.console.web;

import id.anjungan.server.account.Principal;
import id.anjungan.server.console.ConsoleFeedService;
import id.anjungan.server.console.FeedSourceForm;
import id.anjungan.server.feed.FeedChangedException;
import id.anjungan.server.feed.FeedRun;
import id.anjungan.server.feed.FeedService;
import id.anjungan.server.feed.FeedSource;
import id.anjungan.server.feed.FeedUnreadableException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The feed pages: the sources, the form to register one, a source with its settings, upload and run
 * history, the preview of a run with its "Terapkan" button, and one run.
 */
public final class FeedPages {
    private final ConsoleFeedService feeds;
    private final ConsoleAuth auth;
    private final Templates templates;

    public FeedPages(ConsoleFeedService feeds, ConsoleAuth auth, Templates templates) {
        this.feeds = feeds;
        this.auth = auth;
        this.templates = templates;
    }

    /** GET /console/feeds */
    public void list(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "feeds", "feeds.title"));
        params.put("rows", feeds.list(who));
        templates.page(ctx, "feeds.jte", params);
    }

    /** GET /console/feeds/new */
    public void newForm(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        showNewForm(ctx, FeedSourceForm.blank(ConsoleFeedService.ownOwner(who)), HttpStatus.OK);
    }

    /** POST /console/feeds (a multipart form: the file goes with it) */
    public void create(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        FeedSourceForm form = FeedSourceForm.posted(ctx::formParam);
        Optional<FeedSource> created = feeds.create(who, form, file(ctx));
        if (created.isEmpty()) {
            showNewForm(ctx, form, HttpStatus.BAD_REQUEST);
            return;
        }
        ctx.redirect("/console/feeds/" + created.get().id() + "/preview");
    }

    /** GET /console/feeds/{id} */
    public void show(Context ctx) {
        ConsoleFeedService.SourceRow row = feeds.get(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        showSource(ctx, row, FeedSourceForm.of(row.source()), null, HttpStatus.OK);
    }

    /** POST /console/feeds/{id}: the settings */
    public void update(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        FeedSourceForm form = FeedSourceForm.posted(ctx::formParam);
        Optional<FeedSource> updated = feeds.update(who, ctx.pathParam("id"), form);
        if (updated.isEmpty()) {
            showSource(ctx, feeds.get(who, ctx.pathParam("id")), form, null, HttpStatus.BAD_REQUEST);
            return;
        }
        ctx.redirect("/console/feeds/" + ctx.pathParam("id") + "?saved=1");
    }

    /** POST /console/feeds/{id}/upload (multipart): a new file, then its preview */
    public void upload(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        try {
            feeds.upload(who, ctx.pathParam("id"), file(ctx));
        } catch (FeedUnreadableException e) {
            ConsoleFeedService.SourceRow row = feeds.get(who, ctx.pathParam("id"));
            showSource(ctx, row, FeedSourceForm.of(row.source()), e.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        ctx.redirect("/console/feeds/" + ctx.pathParam("id") + "/preview");
    }

    /** GET /console/feeds/{id}/preview[?changed=1]: "refresh now" shows first what the run will do */
    public void preview(Context ctx) {
        ConsoleFeedService.Preview preview = feeds.preview(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "feeds", "feeds.preview.title"));
        params.put("preview", preview);
        params.put("changed", ctx.queryParam("changed") != null);
        if (preview.failure() != null) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        templates.page(ctx, "feed-preview.jte", params);
    }

    /** POST /console/feeds/{id}/apply with the preview's contentHash: "Terapkan" */
    public void apply(Context ctx) {
        String id = ctx.pathParam("id");
        FeedRun run;
        try {
            run = feeds.apply(ConsoleAuth.principal(ctx), id, ctx.formParam("contentHash"));
        } catch (FeedChangedException e) {
            ctx.redirect("/console/feeds/" + id + "/preview?changed=1");
            return;
        }
        ctx.redirect("/console/feeds/" + id + "/runs/" + run.id());
    }

    /** GET /console/feeds/{id}/runs/{runId} */
    public void run(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "feeds", "feeds.run.title"));
        params.put("view", feeds.run(ConsoleAuth.principal(ctx), ctx.pathParam("id"), ctx.pathParam("runId")));
        templates.page(ctx, "feed-run.jte", params);
    }

    private void showNewForm(Context ctx, FeedSourceForm form, HttpStatus status) {
        Principal who = ConsoleAuth.principal(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "feeds", "feeds.new"));
        params.put("form", form);
        params.put("owners", feeds.owners(who));
        ctx.status(status);
        templates.page(ctx, "feed-new.jte", params);
    }

    private void showSource(Context ctx, ConsoleFeedService.SourceRow row, FeedSourceForm form, String uploadError,
                            HttpStatus status) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "feeds", "feeds.source.title"));
        params.put("row", row);
        params.put("form", form);
        params.put("runs", feeds.runs(ConsoleAuth.principal(ctx), row.source().id()));
        params.put("saved", ctx.queryParam("saved") != null);
        params.put("uploadError", uploadError);
        ctx.status(status);
        templates.page(ctx, "feed.jte", params);
    }

    /** The form's file, read up to one byte past the largest feed (the engine refuses that); null when none was chosen. */
    private static ConsoleFeedService.File file(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return null;
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            return null;
        }
        try (InputStream in = file.content()) {
            return new ConsoleFeedService.File(file.filename(), in.readNBytes(FeedService.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
