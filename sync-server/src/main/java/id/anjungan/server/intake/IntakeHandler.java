package id.anjungan.server.intake;

import id.anjungan.server.admin.AdminAuthenticator;
import id.anjungan.server.http.Bodies;
import io.javalin.http.Context;

/**
 * POST /api/v1/intake/verify: the engine behind the intake page. Until employer accounts exist it
 * takes the administrator token.
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
