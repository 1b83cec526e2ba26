package id.anjungan.server.vacancy;

import io.javalin.http.Context;

/** The vacancy API: HTTP only, the work is the service's. */
public final class VacancyHandler {
    private final VacancyService vacancies;

    public VacancyHandler(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    /** GET /api/v1/vacancies: every stored vacancy, expired ones included (kiosks hide those by their own clock). */
    public void list(Context ctx) {
        ctx.json(vacancies.all());
    }

    /** GET /api/v1/vacancies/{id} */
    public void get(Context ctx) {
        ctx.json(vacancies.get(ctx.pathParam("id")));
    }
}
