package id.anjungan.server.intake;

import id.anjungan.server.admin.AdminAuthenticator;
import id.anjungan.server.http.Bodies;
import io.javalin.http.Context;

/**
 * POST /api/v1/intake/verify: the intake engine for machines, with the administrator token. People
 * use the console's intake page, and their scripts /console/api/intake/verify (console/web/IntakeApi).
 */
public final class IntakeHandler {
    private final AdminAuthenticator admins;
    private final IntakeService intake;

    public IntakeHandler(AdminAuthenticator admins, IntakeService intake) {
        this.admins = admins;
        this.intake = intake;
    }

    public void verify(Context ctx) {
        admins.check(ctx.header("Authorization"));
        ctx.json(intake.verify(Bodies.read(ctx, VerificationRequest.class)));
    }
}
