package id.anjungan.server.kiosk;

import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.server.http.Bodies;
import id.anjungan.server.outbox.OutboxService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The kiosk API: enrolment, heartbeat and outbox upload. */
public final class KioskHandler {
    private final EnrolmentService enrolment;
    private final KioskAuthenticator authenticator;
    private final KioskService kiosks;
    private final OutboxService outbox;

    public KioskHandler(EnrolmentService enrolment, KioskAuthenticator authenticator, KioskService kiosks, OutboxService outbox) {
        this.enrolment = enrolment;
        this.authenticator = authenticator;
        this.kiosks = kiosks;
        this.outbox = outbox;
    }

    /** POST /api/v1/kiosks/enrol */
    public void enrol(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(enrolment.enrol(Bodies.read(ctx, EnrolmentRequest.class)));
    }

    /** POST /api/v1/kiosks/heartbeat */
    public void heartbeat(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx.header("Authorization"));
        kiosks.heartbeat(kiosk, Bodies.read(ctx, Heartbeat.class));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** POST /api/v1/kiosks/outbox */
    public void outbox(Context ctx) {
        Kiosk kiosk = authenticator.authenticate(ctx.header("Authorization"));
        ctx.json(outbox.receive(kiosk, Bodies.read(ctx, OutboxUpload.class)));
    }
}
