package id.anjungan.server.console.web;

import id.anjungan.server.account.SignInRefusedException;
import id.anjungan.server.account.SignInService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Signing in and out, and the language switch. */
public final class SignInHandler {
    private final SignInService signIn;
    private final ConsoleAuth auth;
    private final Templates templates;
    private final Clock clock;

    public SignInHandler(SignInService signIn, ConsoleAuth auth, Templates templates, Clock clock) {
        this.signIn = signIn;
        this.auth = auth;
        this.templates = templates;
        this.clock = clock;
    }

    /** GET /console and /console/: the vacancy list is home. */
    public void home(Context ctx) {
        ctx.redirect("/console/vacancies");
    }

    /** GET /console/login */
    public void form(Context ctx) {
        if (signIn.resolve(ctx.cookie(ConsoleAuth.SESSION_COOKIE)).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")));
            return;
        }
        show(ctx, "", null, null);
    }

    /** POST /console/login */
    public void submit(Context ctx) {
        String username = ctx.formParam("username");
        try {
            var signedIn = signIn.signIn(username, ctx.formParam("password"), ctx.ip());
            auth.startSession(ctx, signedIn.token());
            ctx.redirect(safeNext(ctx.formParam("next")));
        } catch (SignInRefusedException e) {
            Messages t = ConsoleAuth.messages(ctx);
            String message = switch (e.reason()) {
                case WRONG_CREDENTIALS -> t.t("login.wrong");
                case DISABLED -> t.t("login.disabled");
                case LOCKED -> t.t("login.locked", t.dateTime(e.lockedUntil()));
            };
            ctx.status(e.reason() == SignInRefusedException.Reason.LOCKED ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED);
            show(ctx, username == null ? "" : username, message, ctx.formParam("next"));
        }
    }

    /** POST /console/logout */
    public void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(ConsoleAuth.SESSION_COOKIE));
        auth.endSession(ctx);
        ctx.redirect("/console/login");
    }

    /** GET /console/lang?to=en&back=/console/vacancies */
    public void language(Context ctx) {
        auth.setLanguage(ctx, ctx.queryParam("to"));
        String back = ctx.queryParam("back");
        ctx.redirect(back != null && (back.startsWith("/console") || back.startsWith("/v/")) && !back.startsWith("//")
                ? back : "/console/vacancies");
    }

    private void show(Context ctx, String username, String message, String next) {
        Messages t = ConsoleAuth.messages(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", new Frame(t, null, auth.newLoginToken(ctx), "login", t.t("login.title"), ctx.path(),
                clock.instant()));
        params.put("username", username);
        params.put("message", message);
        params.put("next", next == null ? ctx.queryParam("next") : next);
        templates.page(ctx, "login.jte", params);
    }

    /** Only a console path of this server; never another site. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/console/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/console/login")) {
            return next;
        }
        return "/console/vacancies";
    }
}
