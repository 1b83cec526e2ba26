package id.anjungan.server.console.web;

import id.anjungan.server.console.PublicVacancyService;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GET /v/{id}: a vacancy's public page for the phone of a job seeker who scanned the kiosk's
 * "Simpan ke HP" code. No sign-in, nothing personal, one small stylesheet and no script.
 * Indonesian unless ?lang=en, or a browser that asks for English and not Indonesian.
 */
public final class PublicVacancyPage {
    private final PublicVacancyService vacancies;
    private final Templates templates;
    private final Clock clock;

    public PublicVacancyPage(PublicVacancyService vacancies, Templates templates, Clock clock) {
        this.vacancies = vacancies;
        this.templates = templates;
        this.clock = clock;
    }

    public void get(Context ctx) {
        Messages t = Messages.of(language(ctx.queryParam("lang"), ctx.header("Accept-Language")));
        PublicVacancyService.PublicVacancy vacancy = vacancies.get(ctx.pathParam("id"));
        Map<String, Object> params = new HashMap<>();
        params.put("t", t);
        params.put("v", vacancy);
        params.put("jsonLd", vacancy.jobPostingJson() == null ? null : scriptSafe(vacancy.jobPostingJson()));
        params.put("today", java.time.LocalDate.now(clock.withZone(id.anjungan.server.SyncServer.ZONE)));
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:");
        ctx.header("Vary", "Accept-Language");
        ctx.header("Content-Language", t.lang());
        ctx.html(templates.render("public-vacancy.jte", params));
    }

    /** "en" when asked for by the query, or when the browser lists English before (or without) Indonesian. */
    static String language(String query, String acceptLanguage) {
        if (query != null) {
            return "en".equals(query) ? "en" : "id";
        }
        if (acceptLanguage == null) {
            return "id";
        }
        for (String part : acceptLanguage.toLowerCase(Locale.ROOT).split(",")) {
            String tag = part.split(";")[0].trim();
            if (tag.startsWith("id") || tag.startsWith("in") || tag.startsWith("jv")) {
                return "id";
            }
            if (tag.startsWith("en")) {
                return "en";
            }
        }
        return "id";
    }

    /** JSON inside a script element must not contain "</script>": escape every "<" (still the same JSON). */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
