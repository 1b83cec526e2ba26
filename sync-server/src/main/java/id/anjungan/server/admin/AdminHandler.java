package id.anjungan.server.admin;

import id.anjungan.server.http.Bodies;
import id.anjungan.server.kiosk.EnrolmentService;
import id.anjungan.server.kiosk.KioskService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;

/** The administrator API, until the staff console replaces it: enrolment codes, revocation, kiosk health. */
public final class AdminHandler {
    private final AdminAuthenticator admins;
    private final EnrolmentService enrolment;
    private final KioskService kiosks;

    public AdminHandler(AdminAuthenticator admins, EnrolmentService enrolment, KioskService kiosks) {
        this.admins = admins;
        this.enrolment = enrolment;
        this.kiosks = kiosks;
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

    record CodeRequest(String centreId, Integer validHours) {
    }
}
