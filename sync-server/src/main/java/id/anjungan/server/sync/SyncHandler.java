package id.anjungan.server.sync;

import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.kiosk.Kiosk;
import id.anjungan.server.kiosk.KioskAuthenticator;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

/** The sync API: HTTP only. */
public final class SyncHandler {
    private static final int DEFAULT_PAGE = 1_000;

    private static final String KIOSK = "abk.kiosk";
    private static final String CURSOR = "abk.cursor";

    private final SyncService sync;
    private final KioskAuthenticator authenticator;
    private final ChangeStream stream;

    public SyncHandler(SyncService sync, KioskAuthenticator authenticator, ChangeStream stream) {
        this.sync = sync;
        this.authenticator = authenticator;
        this.stream = stream;
    }

    /**
     * Before GET /api/v1/sync/stream: refuses unknown kiosks and missing cursors with a plain HTTP error,
     * before the response turns into an event stream. The cursor comes from Last-Event-ID when the
     * kiosk reconnects, else from ?epoch=&since=.
     */
    public void beforeStream(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx.header("Authorization"));
        String lastEventId = ctx.header("Last-Event-ID");
        SyncCursor cursor;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                cursor = SyncCursor.parse(lastEventId.trim());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Last-Event-ID: " + e.getMessage());
            }
        } else {
            String epoch = ctx.queryParam("epoch");
            if (epoch == null || epoch.isBlank()) {
                throw new BadRequestException("the stream needs a cursor: Last-Event-ID or ?epoch=&since=; "
                        + "a kiosk without one takes /api/v1/sync/snapshot first");
            }
            cursor = new SyncCursor(epoch, number(ctx, "since", 0));
        }
        ctx.attribute(KIOSK, kiosk);
        ctx.attribute(CURSOR, cursor);
    }

    /** GET /api/v1/sync/stream: Server-Sent Events, one "changes" event a page, its id the cursor after it. */
    public void stream(SseClient client) {
        Kiosk kiosk = client.ctx().attribute(KIOSK);
        SyncCursor cursor = client.ctx().attribute(CURSOR);
        client.keepAlive();
        stream.subscribe(client, kiosk.id(), sync.scopeOfCentre(kiosk.centreId()), cursor);
    }

    private Scope scopeOfCaller(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx.header("Authorization"));
        return sync.scopeOfCentre(kiosk.centreId());
    }

    /** GET /api/v1/sync/changes?epoch=&since=&limit= */
    public void changes(Context ctx) {
        Scope scope = scopeOfCaller(ctx);
        String epoch = ctx.queryParam("epoch");
        if (epoch == null || epoch.isBlank()) {
            throw new BadRequestException("epoch is required; a kiosk without a cursor takes /api/v1/sync/snapshot");
        }
        long since = number(ctx, "since", 0);
        int limit = (int) number(ctx, "limit", DEFAULT_PAGE);
        // The page is already JSON, written from the stored documents without parsing them.
        ctx.contentType("application/json").result(sync.changePage(new SyncCursor(epoch, since), limit, scope).utf8());
    }

    /** GET /api/v1/sync/snapshot */
    public void snapshot(Context ctx) {
        ctx.json(sync.snapshot(scopeOfCaller(ctx)));
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
