package id.anjungan.server.reference;

import io.javalin.http.Context;

/** GET /api/v1/reference: regions, estates, trades, employers and training centres. */
public final class ReferenceHandler {
    private final ReferenceService reference;

    public ReferenceHandler(ReferenceService reference) {
        this.reference = reference;
    }

    public void get(Context ctx) {
        ctx.json(reference.all());
    }
}
