package id.anjungan.server.console.web;

import id.anjungan.server.http.ErrorMapping;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Errors on console and public pages answered as pages, in the browser's language, instead of JSON. */
public final class ErrorPages implements ErrorMapping.HtmlErrors {
    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public boolean wants(Context ctx) {
        return (ctx.path().startsWith("/console") && !ctx.path().startsWith("/console/api/"))
                || ctx.path().startsWith("/v/");
    }

    @Override
    public void render(Context ctx, int status, String code) {
        Messages t = ConsoleAuth.messages(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("t", t);
        params.put("status", status);
        params.put("code", code);
        params.put("signedIn", ctx.attribute("abk.console.session") != null);
        ctx.status(status).header("Cache-Control", "no-store").html(templates.render("error.jte", params));
    }
}
