package id.anjungan.server.console.web;

import id.anjungan.server.console.FleetService;
import id.anjungan.server.kiosk.EnrolmentCode;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** The kiosk fleet page, enrolment codes and revocation. */
public final class FleetPages {
    private final FleetService fleet;
    private final ConsoleAuth auth;
    private final Templates templates;

    public FleetPages(FleetService fleet, ConsoleAuth auth, Templates templates) {
        this.fleet = fleet;
        this.auth = auth;
        this.templates = templates;
    }

    /** GET /console/kiosks?centre= */
    public void list(Context ctx) {
        show(ctx, null);
    }

    /** POST /console/kiosks/codes: centreId, validHours */
    public void createCode(Context ctx) {
        int hours;
        try {
            hours = Integer.parseInt(String.valueOf(ctx.formParam("validHours")).trim());
        } catch (NumberFormatException e) {
            hours = 24;
        }
        EnrolmentCode code = fleet.createCode(ConsoleAuth.principal(ctx), ctx.formParam("centreId"),
                Math.max(1, Math.min(hours, 24 * 30)));
        show(ctx, code);
    }

    /** POST /console/kiosks/{id}/revoke */
    public void revoke(Context ctx) {
        fleet.revoke(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        ctx.redirect("/console/kiosks?revoked=" + ctx.pathParam("id"));
    }

    /** POST /console/kiosks/{id}/sync: "sync now" */
    public void syncNow(Context ctx) {
        String id = ctx.pathParam("id");
        int streams = fleet.requestSync(ConsoleAuth.principal(ctx), id);
        ctx.redirect("/console/kiosks?synced=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                + "&streams=" + streams);
    }

    private void show(Context ctx, EnrolmentCode code) {
        Map<String, Object> params = new HashMap<>();
        String centre = ctx.queryParam("centre");
        params.put("frame", auth.frame(ctx, "kiosks", "kiosks.title"));
        params.put("fleet", fleet.fleet(ConsoleAuth.principal(ctx), centre));
        params.put("centre", centre);
        params.put("code", code);
        params.put("revoked", ctx.queryParam("revoked"));
        params.put("synced", ctx.queryParam("synced"));
        params.put("syncedConnected", !"0".equals(ctx.queryParam("streams")));
        templates.page(ctx, "kiosks.jte", params);
    }
}
