package id.anjungan.server.console.web;

import id.anjungan.server.console.ReferralService;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** GET /console/referrals: the referral slips this account may see. */
public final class ReferralPages {
    private final ReferralService referrals;
    private final ConsoleAuth auth;
    private final Templates templates;

    public ReferralPages(ReferralService referrals, ConsoleAuth auth, Templates templates) {
        this.referrals = referrals;
        this.auth = auth;
        this.templates = templates;
    }

    public void list(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "referrals", "referrals.title"));
        params.put("referrals", referrals.newest(ConsoleAuth.principal(ctx)));
        params.put("recorded", ctx.queryParam("recorded"));
        templates.page(ctx, "referrals.jte", params);
    }
}
