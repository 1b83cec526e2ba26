package id.anjungan.server.console.web;

import id.anjungan.server.account.Principal;
import id.anjungan.server.intake.IntakeService;
import id.anjungan.server.intake.Outcome;
import id.anjungan.server.intake.OutcomeService;
import id.anjungan.server.intake.RecordedOutcome;
import id.anjungan.server.intake.SlipPhotoReader;
import id.anjungan.server.intake.VerificationAnswer;
import id.anjungan.server.error.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The intake page: a slip scanned (a USB scanner types the QR text and Enter), read by the camera
 * in the browser (which then sends the text the same way), or photographed and uploaded; then one
 * tap records the outcome. With htmx the answer replaces only the result box, without it the whole
 * page comes back; the page works either way.
 */
public final class IntakePages {
    private final IntakeService intake;
    private final OutcomeService outcomes;
    private final SlipPhotoReader photos;
    private final ConsoleAuth auth;
    private final Templates templates;

    public IntakePages(IntakeService intake, OutcomeService outcomes, SlipPhotoReader photos, ConsoleAuth auth,
                       Templates templates) {
        this.intake = intake;
        this.outcomes = outcomes;
        this.photos = photos;
        this.auth = auth;
        this.templates = templates;
    }

    /** GET /console/intake */
    public void page(Context ctx) {
        show(ctx, null);
    }

    /** POST /console/intake/scan: text (the QR text), location */
    public void scan(Context ctx) {
        String text = ctx.formParam("text");
        show(ctx, text == null || text.isBlank() ? IntakeScan.problem("empty") : verify(ctx, text));
    }

    /** POST /console/intake/photo: photo (a picture file), location */
    public void photo(Context ctx) {
        IntakeService.deskEmployer(ConsoleAuth.principal(ctx));
        UploadedFile file = ctx.uploadedFile("photo");
        if (file == null || file.size() == 0) {
            show(ctx, IntakeScan.problem("noPhoto"));
            return;
        }
        if (file.size() > SlipPhotoReader.MAX_BYTES) {
            show(ctx, IntakeScan.problem("photoTooLarge"));
            return;
        }
        byte[] picture;
        try (InputStream in = file.content()) {
            picture = in.readNBytes(SlipPhotoReader.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> text = photos.read(picture);
        show(ctx, text.isEmpty() ? IntakeScan.problem("unreadablePhoto") : verify(ctx, text.get()));
    }

    /** POST /console/referrals/{slipId}/outcome: outcome, reason; from the intake result or the referrals list. */
    public void outcome(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        String slipId = ctx.pathParam("slipId");
        Outcome outcome = Outcome.named(ctx.formParam("outcome"))
                .orElseThrow(() -> new BadRequestException("outcome: INTERVIEWED, HIRED or NOT_HIRED"));
        RecordedOutcome recorded = outcomes.record(who, slipId, outcome, ctx.formParam("reason"));
        String back = "/console/referrals".equals(ctx.formParam("back")) ? "/console/referrals" : "/console/intake";
        if (isHtmx(ctx)) {
            Map<String, Object> params = new HashMap<>();
            params.put("frame", auth.frame(ctx, "intake", "intake.title"));
            params.put("slipId", slipId);
            params.put("outcome", recorded.outcome());
            params.put("reason", recorded.reason());
            params.put("back", back);
            params.put("saved", true);
            ctx.header("Cache-Control", "no-store");
            ctx.html(templates.render("outcomeButtons.jte", params));
        } else {
            ctx.redirect(back + "?recorded=" + slipId + "#slip-" + slipId);
        }
    }

    private IntakeScan verify(Context ctx, String text) {
        Principal who = ConsoleAuth.principal(ctx);
        VerificationAnswer answer = intake.verify(who, text, ctx.formParam("location"));
        boolean mayRecord = answer.slip() != null
                && ("VALID".equals(answer.outcome()) || "ALREADY_PRESENTED".equals(answer.outcome()));
        RecordedOutcome outcome = mayRecord ? outcomes.find(who, answer.slip().slipId()).orElse(null) : null;
        return new IntakeScan(answer, null, outcome, mayRecord);
    }

    private void show(Context ctx, IntakeScan scan) {
        Principal who = ConsoleAuth.principal(ctx);
        IntakeService.deskEmployer(who);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "intake", "intake.title"));
        params.put("scan", scan);
        if (isHtmx(ctx)) {
            ctx.header("Cache-Control", "no-store");
            ctx.html(templates.render("intakeResult.jte", params));
            return;
        }
        String location = ctx.formParam("location");
        params.put("location", location == null || location.isBlank() ? who.account().displayName() : location.strip());
        params.put("recorded", ctx.queryParam("recorded"));
        templates.page(ctx, "intake.jte", params);
    }

    private static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
