package id.anjungan.server.console.web;

import id.anjungan.server.account.ConsoleSession;
import id.anjungan.server.account.Principal;
import id.anjungan.server.account.SignInService;
import id.anjungan.server.error.CsrfRejectedException;
import id.anjungan.server.error.NotSignedInException;
import id.anjungan.server.kiosk.Secrets;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Runs before every /console/ request: finds the session from its cookie, sends the signed-out to
 * the sign-in page, and refuses any POST whose form token is not the session's (synchroniser token)
 * or, on the sign-in form, not the sign-in cookie's (double submit).
 */
public final class ConsoleAuth {
    public static final String SESSION_COOKIE = "abk_session";
    public static final String LOGIN_COOKIE = "abk_login";
    public static final String LANG_COOKIE = "abk_lang";
    public static final String CSRF_FIELD = "_csrf";
    static final String COOKIE_PATH = "/console";
    private static final String SESSION = "abk.console.session";

    private final SignInService signIn;
    private final boolean secureCookies;
    private final Clock clock;

    public ConsoleAuth(SignInService signIn, boolean secureCookies, Clock clock) {
        this.signIn = signIn;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    /** The before-handler of /console/*. */
    public void before(Context ctx) {
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        String path = ctx.path();
        if (path.startsWith("/console/static/") || path.equals("/console/lang")) {
            return;
        }
        boolean post = ctx.method() == HandlerType.POST;
        if (path.equals("/console/login")) {
            if (post && !same(ctx.cookie(LOGIN_COOKIE), ctx.formParam(CSRF_FIELD))) {
                throw new CsrfRejectedException();
            }
            return;
        }
        ConsoleSession session = signIn.resolve(ctx.cookie(SESSION_COOKIE)).orElseThrow(NotSignedInException::new);
        if (post) {
            String token = ctx.formParam(CSRF_FIELD);
            if (token == null) {
                token = ctx.header("X-CSRF-Token");
            }
            if (!same(session.csrfToken(), token)) {
                throw new CsrfRejectedException();
            }
        }
        ctx.attribute(SESSION, session);
    }

    public static ConsoleSession session(Context ctx) {
        ConsoleSession session = ctx.attribute(SESSION);
        if (session == null) {
            throw new NotSignedInException();
        }
        return session;
    }

    public static Principal principal(Context ctx) {
        return session(ctx).principal();
    }

    /** The language of the console for this browser: its choice (a cookie), Indonesian by default. */
    public static Messages messages(Context ctx) {
        return Messages.of(ctx.cookie(LANG_COOKIE));
    }

    /** The frame of a signed-in page. */
    public Frame frame(Context ctx, String section, String titleKey) {
        Messages t = messages(ctx);
        ConsoleSession session = session(ctx);
        return new Frame(t, session.principal(), session.csrfToken(), section, t.t(titleKey), ctx.path(), clock.instant());
    }

    /**
     * The double-submit token of the sign-in form, also set as a cookie only that form's POST carries.
     * A browser that has one keeps it, so two open sign-in tabs both work.
     */
    public String newLoginToken(Context ctx) {
        String existing = ctx.cookie(LOGIN_COOKIE);
        String token = existing != null && existing.matches("[A-Za-z0-9_-]{43}") ? existing : Secrets.newToken();
        Cookies.set(ctx, LOGIN_COOKIE, token, "/console/login", 3600, "Strict", secureCookies);
        return token;
    }

    public void startSession(Context ctx, String token) {
        Cookies.set(ctx, SESSION_COOKIE, token, COOKIE_PATH, -1, "Lax", secureCookies);
        Cookies.clear(ctx, LOGIN_COOKIE, "/console/login", secureCookies);
    }

    public void endSession(Context ctx) {
        Cookies.clear(ctx, SESSION_COOKIE, COOKIE_PATH, secureCookies);
    }

    public void setLanguage(Context ctx, String lang) {
        Cookies.set(ctx, LANG_COOKIE, "en".equals(lang) ? "en" : "id", "/", 365 * 24 * 3600, "Lax", secureCookies);
    }

    private static boolean same(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
