package id.anjungan.server.console.web;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.account.Principal;
import id.anjungan.server.console.ConsoleVacancyService;
import id.anjungan.server.console.VacancyForm;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.vacancy.VacancySearch;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The vacancy pages: the list with its filters, the form, and the one-click actions. */
public final class VacancyPages {
    private final ConsoleVacancyService vacancies;
    private final ConsoleAuth auth;
    private final Templates templates;

    public VacancyPages(ConsoleVacancyService vacancies, ConsoleAuth auth, Templates templates) {
        this.vacancies = vacancies;
        this.auth = auth;
        this.templates = templates;
    }

    /** GET /console/vacancies?q=&region=&trade=&state=&employer=&page= */
    public void list(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        ConsoleVacancyService.Filter filter = new ConsoleVacancyService.Filter(ctx.queryParam("q"),
                ctx.queryParam("region"), ctx.queryParam("trade"), state(ctx.queryParam("state")),
                ctx.queryParam("employer"), page(ctx.queryParam("page")));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "vacancies", "vacancies.title"));
        params.put("filter", filter);
        params.put("result", vacancies.search(who, filter));
        params.put("choices", vacancies.choices(who));
        params.put("notice", notice(ctx));
        params.put("noticeId", ctx.queryParam("id"));
        String query = query(filter);
        params.put("query", query);
        params.put("here", "/console/vacancies" + (query.isEmpty() ? "" : "?" + query)
                + (filter.page() > 1 ? (query.isEmpty() ? "?" : "&") + "page=" + filter.page() : ""));
        templates.page(ctx, "vacancies.jte", params);
    }

    /** GET /console/vacancies/new */
    public void newForm(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        showForm(ctx, null, VacancyForm.blank(vacancies.today(), who.isEmployer() ? who.account().employerId() : null),
                HttpStatus.OK);
    }

    /** POST /console/vacancies */
    public void create(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        VacancyForm form = posted(ctx, who);
        Optional<Vacancy> vacancy = form.read(ConsoleVacancyService.newId(), vacancies::employer, vacancies.today(), null);
        if (vacancy.isEmpty()) {
            showForm(ctx, null, form, HttpStatus.BAD_REQUEST);
            return;
        }
        try {
            Vacancy saved = vacancies.create(who, vacancy.get());
            ctx.redirect("/console/vacancies/" + saved.id() + "?saved=created");
        } catch (InvalidFieldsException e) {
            showForm(ctx, null, form.withErrors(e.fields()), HttpStatus.BAD_REQUEST);
        }
    }

    /** GET /console/vacancies/{id} */
    public void edit(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        ConsoleVacancyService.Row row = vacancies.get(who, ctx.pathParam("id"));
        showForm(ctx, row, VacancyForm.of(row.vacancy()), HttpStatus.OK);
    }

    /** POST /console/vacancies/{id} */
    public void update(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        ConsoleVacancyService.Row row = vacancies.get(who, ctx.pathParam("id"));
        VacancyForm form = posted(ctx, who);
        Optional<Vacancy> vacancy = form.read(row.vacancy().id(), vacancies::employer, vacancies.today(),
                row.vacancy().validThrough());
        if (vacancy.isEmpty()) {
            showForm(ctx, row, form, HttpStatus.BAD_REQUEST);
            return;
        }
        try {
            vacancies.update(who, vacancy.get());
            ctx.redirect("/console/vacancies/" + row.vacancy().id() + "?saved=updated");
        } catch (InvalidFieldsException e) {
            showForm(ctx, row, form.withErrors(e.fields()), HttpStatus.BAD_REQUEST);
        }
    }

    /** POST /console/vacancies/{id}/filled */
    public void filled(Context ctx) {
        vacancies.markFilled(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        back(ctx, "filled");
    }

    /** POST /console/vacancies/{id}/close */
    public void close(Context ctx) {
        vacancies.close(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        back(ctx, "closed");
    }

    /** POST /console/vacancies/{id}/extend */
    public void extend(Context ctx) {
        vacancies.extend(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        back(ctx, "extended");
    }

    /** Back to where the button was: the list (keeping its filters) or the vacancy's own page. */
    private static void back(Context ctx, String what) {
        String back = ctx.formParam("back");
        String target = back != null && back.startsWith("/console/vacancies") && !back.startsWith("//") ? back
                : "/console/vacancies/" + ctx.pathParam("id");
        ctx.redirect(target + (target.contains("?") ? "&" : "?") + "done=" + what + "&id=" + ctx.pathParam("id"));
    }

    private VacancyForm posted(Context ctx, Principal who) {
        VacancyForm form = VacancyForm.posted(ctx::formParam);
        return who.isEmployer() ? form.withEmployer(who.account().employerId()) : form;
    }

    private void showForm(Context ctx, ConsoleVacancyService.Row row, VacancyForm form, HttpStatus status) {
        Principal who = ConsoleAuth.principal(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "vacancies", row == null ? "vacancy.new" : "vacancy.edit"));
        params.put("row", row);
        params.put("form", form);
        params.put("choices", vacancies.choices(who));
        params.put("saved", ctx.queryParam("saved"));
        ctx.status(status);
        templates.page(ctx, "vacancy-form.jte", params);
    }

    private static String notice(Context ctx) {
        String done = ctx.queryParam("done");
        return done != null && Arrays.asList("filled", "closed", "extended").contains(done) ? done : null;
    }

    /** The filters as a query string, without the page. */
    private static String query(ConsoleVacancyService.Filter filter) {
        StringBuilder query = new StringBuilder();
        String[][] pairs = {{"q", filter.text()}, {"region", filter.regionId()}, {"trade", filter.tradeId()},
                {"state", filter.state() == null ? null : filter.state().name()}, {"employer", filter.employerId()}};
        for (String[] pair : pairs) {
            if (pair[1] != null && !pair[1].isBlank()) {
                query.append(query.length() == 0 ? "" : "&").append(pair[0]).append('=')
                        .append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static VacancySearch.State state(String text) {
        return Arrays.stream(VacancySearch.State.values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
    }

    private static int page(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
