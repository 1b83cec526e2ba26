package id.anjungan.server.console;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.server.testing.RunningServer;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A kiosk enrolled with its own key that signs real referral slips and uploads them, as a kiosk does. */
final class SignedSlips {
    private final RunningServer running;
    private final KeyPair keys = KioskKeys.generate();
    private final EnrolmentResponse kiosk;

    SignedSlips(RunningServer running, String centreId) {
        this.running = running;
        this.kiosk = running.enrolKiosk(centreId, keys);
    }

    String kioskId() {
        return kiosk.kioskId();
    }

    /** A genuine slip's QR text, uploaded with the job seeker's name and phone. */
    String issue(String vacancyId, String employerId, Instant issued, String name, String phone) {
        String text = sign(keys, vacancyId, employerId, issued, Duration.ofDays(14));
        running.post("/api/v1/kiosks/outbox", kiosk.token(), new OutboxUpload(List.of(new IssuedSlip(idOf(text),
                vacancyId, employerId, issued, issued.plus(Duration.ofDays(14)), text, name, phone))));
        return text;
    }

    /** A slip signed with a key no kiosk was enrolled with. */
    static String forged(String vacancyId, String employerId, Instant issued) {
        return sign(KioskKeys.generate(), vacancyId, employerId, issued, Duration.ofDays(14));
    }

    static String idOf(String text) {
        try {
            return SlipTokenCodec.decode(SlipTokenCodec.fromText(text)).slipId().hex();
        } catch (id.anjungan.protocol.slip.SlipFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String sign(KeyPair keys, String vacancyId, String employerId, Instant issued, Duration validFor) {
        SlipSigner signer = SlipSigner.of(keys);
        SlipToken token = new SlipToken(signer.keyId(), SlipId.random(new SecureRandom()), vacancyId, employerId,
                issued, issued.plus(validFor));
        return SlipTokenCodec.toText(signer.sign(token));
    }
}
