package id.anjungan.server.feed;

import id.anjungan.server.admin.AdminAuthenticator;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The feed API for administrators (the staff console builds its pages on it): HTTP only, the work is the service's. */
public final class FeedHandler {
    private final AdminAuthenticator admins;
    private final FeedService feeds;

    public FeedHandler(AdminAuthenticator admins, FeedService feeds) {
        this.admins = admins;
        this.feeds = feeds;
    }

    /** POST /api/v1/admin/feeds with a {@link FeedSourceRequest} */
    public void create(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.status(HttpStatus.CREATED).json(feeds.create(Bodies.read(ctx, FeedSourceRequest.class)));
    }

    /** GET /api/v1/admin/feeds[?ownerKind=EMPLOYER&ownerId=...] */
    public void list(Context ctx) {
        admins.check(ctx.header("Authorization"));
        String kind = ctx.queryParam("ownerKind");
        OwnerKind ownerKind = null;
        if (kind != null) {
            try {
                ownerKind = OwnerKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("ownerKind: CENTRE or EMPLOYER, got '" + kind + "'");
            }
            if (ctx.queryParam("ownerId") == null) {
                throw new BadRequestException("ownerId: required with ownerKind");
            }
        }
        ctx.json(feeds.list(ownerKind, ctx.queryParam("ownerId")));
    }

    /** GET /api/v1/admin/feeds/{id} */
    public void get(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(feeds.get(ctx.pathParam("id")));
    }

    /** PUT /api/v1/admin/feeds/{id} with the fields to change */
    public void update(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(feeds.update(ctx.pathParam("id"), Bodies.read(ctx, FeedSourceRequest.class)));
    }

    /**
     * POST /api/v1/admin/feeds/{id}/upload: the file as a multipart form field (any name), or as the
     * raw body with ?fileName=. Answers the source and the preview of a run with the file.
     */
    public void upload(Context ctx) {
        admins.check(ctx.header("Authorization"));
        String fileName;
        byte[] content;
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.isEmpty()) {
                throw new BadRequestException("the form has no file");
            }
            UploadedFile file = files.get(0);
            if (file.size() > FeedService.MAX_BYTES) {
                throw tooLarge();
            }
            fileName = file.filename();
            content = readLimited(file.content());
        } else {
            fileName = ctx.queryParam("fileName");
            content = readLimited(ctx.bodyInputStream());
        }
        ctx.json(feeds.upload(ctx.pathParam("id"), fileName, content));
    }

    /** POST /api/v1/admin/feeds/{id}/preview: what a run would do now; nothing is written or recorded. */
    public void preview(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(feeds.preview(ctx.pathParam("id")));
    }

    /**
     * POST /api/v1/admin/feeds/{id}/run[?expectedContentHash=...]: "refresh now". Answers 201 with the
     * run, applied or failed; 409 when the content is not the previewed one.
     */
    public void run(Context ctx) {
        admins.check(ctx.header("Authorization"));
        FeedRun run = feeds.run(ctx.pathParam("id"), RunTrigger.MANUAL, ctx.queryParam("expectedContentHash"));
        ctx.status(HttpStatus.CREATED).json(run);
    }

    /** GET /api/v1/admin/feeds/{id}/runs[?limit=50]: the history, newest first, with rejected rows. */
    public void runs(Context ctx) {
        admins.check(ctx.header("Authorization"));
        int limit;
        try {
            limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("50"));
        } catch (NumberFormatException e) {
            throw new BadRequestException("limit: a whole number");
        }
        ctx.json(feeds.runs(ctx.pathParam("id"), limit));
    }

    /** GET /api/v1/admin/feeds/{id}/runs/{runId} */
    public void getRun(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(feeds.findRun(ctx.pathParam("id"), ctx.pathParam("runId")));
    }

    private static byte[] readLimited(InputStream in) {
        try (in) {
            byte[] content = in.readNBytes(FeedService.MAX_BYTES + 1);
            if (content.length > FeedService.MAX_BYTES) {
                throw tooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeedUnreadableException tooLarge() {
        return new FeedUnreadableException("berkas lebih besar dari " + FeedService.MAX_BYTES / (1024 * 1024) + " MB");
    }
}
