package id.anjungan.server.health;

import id.anjungan.server.vacancy.VacancyService;
import io.javalin.http.Context;
import java.util.Map;

/** GET /health: answers while the server and its database work. */
public final class HealthHandler {
    private final VacancyService vacancies;

    public HealthHandler(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    public void get(Context ctx) {
        ctx.json(Map.of("status", "ok", "vacancies", vacancies.count()));
    }
}
