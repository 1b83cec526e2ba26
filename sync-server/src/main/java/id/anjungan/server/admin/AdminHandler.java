package id.anjungan.server.admin;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.http.Bodies;
import id.anjungan.server.kiosk.EnrolmentService;
import id.anjungan.server.kiosk.KioskService;
import id.anjungan.server.vacancy.VacancyService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;

/** The administrator API, until the staff console replaces it: enrolment codes, revocation, kiosk health, vacancies. */
public final class AdminHandler {
    private final AdminAuthenticator admins;
    private final EnrolmentService enrolment;
    private final KioskService kiosks;
    private final VacancyService vacancies;

    public AdminHandler(AdminAuthenticator admins, EnrolmentService enrolment, KioskService kiosks, VacancyService vacancies) {
        this.admins = admins;
        this.enrolment = enrolment;
        this.kiosks = kiosks;
        this.vacancies = vacancies;
    }

    /** POST /api/v1/admin/enrolment-codes {"centreId": "...", "validHours": 24} */
    public void createCode(Context ctx) {
        admins.check(ctx.header("Authorization"));
        CodeRequest request = Bodies.read(ctx, CodeRequest.class);
        int hours = request.validHours() == null ? 24 : request.validHours();
        ctx.status(HttpStatus.CREATED).json(enrolment.createCode(request.centreId(), Duration.ofHours(hours)));
    }

    /** POST /api/v1/admin/kiosks/{id}/revoke */
    public void revoke(Context ctx) {
        admins.check(ctx.header("Authorization"));
        enrolment.revoke(ctx.pathParam("id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** GET /api/v1/admin/kiosks/{id}/health */
    public void health(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(kiosks.health(ctx.pathParam("id")));
    }

    /** PUT /api/v1/admin/vacancies/{id} with the vacancy as JSON */
    public void saveVacancy(Context ctx) {
        admins.check(ctx.header("Authorization"));
        Vacancy vacancy = Bodies.read(ctx, Vacancy.class);
        if (!vacancy.id().equals(ctx.pathParam("id"))) {
            throw new BadRequestException("id: the body's id '" + vacancy.id() + "' is not the path's '" + ctx.pathParam("id") + "'");
        }
        ctx.json(vacancies.save(vacancy));
    }

    /** DELETE /api/v1/admin/vacancies/{id} */
    public void deleteVacancy(Context ctx) {
        admins.check(ctx.header("Authorization"));
        vacancies.delete(ctx.pathParam("id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    record CodeRequest(String centreId, Integer validHours) {
    }
}
