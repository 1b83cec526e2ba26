package id.anjungan.server.console.web;

import io.javalin.http.Context;

/** Set-Cookie written by hand, so HttpOnly, SameSite and Secure are always stated. */
final class Cookies {
    private Cookies() {
    }

    static void set(Context ctx, String name, String value, String path, int maxAgeSeconds, String sameSite,
                    boolean secure) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
                .append("; HttpOnly; SameSite=").append(sameSite);
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    static void clear(Context ctx, String name, String path, boolean secure) {
        set(ctx, name, "", path, 0, "Lax", secure);
    }
}
