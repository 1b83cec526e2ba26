package id.anjungan.server.sync;

import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.server.error.BadRequestException;
import io.javalin.http.Context;

/** The sync API: HTTP only. */
public final class SyncHandler {
    private static final int DEFAULT_PAGE = 1_000;

    private final SyncService sync;

    public SyncHandler(SyncService sync) {
        this.sync = sync;
    }

    /** GET /api/v1/sync/changes?epoch=&since=&limit= */
    public void changes(Context ctx) {
        String epoch = ctx.queryParam("epoch");
        if (epoch == null || epoch.isBlank()) {
            throw new BadRequestException("epoch is required; a kiosk without a cursor takes /api/v1/sync/snapshot");
        }
        long since = number(ctx, "since", 0);
        int limit = (int) number(ctx, "limit", DEFAULT_PAGE);
        ctx.json(sync.changesAfter(new SyncCursor(epoch, since), limit, Scope.EVERYTHING));
    }

    /** GET /api/v1/sync/snapshot */
    public void snapshot(Context ctx) {
        ctx.json(sync.snapshot(Scope.EVERYTHING));
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
