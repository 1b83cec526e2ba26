package id.anjungan.protocol.slip;

import java.util.Objects;

/**
 * The outcome of checking a slip. The token and kiosk id are there exactly when the signature
 * checked out (valid, revoked, expired, wrong employer, already presented), and null otherwise,
 * since the contents of an unverified token must not be shown as if they were true.
 *
 * @param rejection null when the slip is valid
 * @param detail a plain English sentence for logs and staff; screens translate the rejection
 * @param previous set only for {@link SlipRejection#ALREADY_PRESENTED}
 */
public record SlipVerdict(SlipRejection rejection, String detail, SlipToken token, String kioskId, Presentation previous) {
    public SlipVerdict {
        Objects.requireNonNull(detail, "detail");
        if ((rejection == SlipRejection.ALREADY_PRESENTED) != (previous != null)) {
            throw new IllegalArgumentException("previous presentation goes with ALREADY_PRESENTED only");
        }
    }

    public static SlipVerdict valid(SlipToken token, String kioskId) {
        return new SlipVerdict(null, "valid slip " + token.shortCode() + " from kiosk " + kioskId,
                Objects.requireNonNull(token), Objects.requireNonNull(kioskId), null);
    }

    public static SlipVerdict refused(SlipRejection rejection, String detail) {
        return new SlipVerdict(Objects.requireNonNull(rejection), detail, null, null, null);
    }

    public static SlipVerdict refused(SlipRejection rejection, String detail, SlipToken token, String kioskId) {
        return new SlipVerdict(Objects.requireNonNull(rejection), detail, token, kioskId, null);
    }

    public static SlipVerdict alreadyPresented(SlipToken token, String kioskId, Presentation previous) {
        return new SlipVerdict(SlipRejection.ALREADY_PRESENTED,
                "slip " + token.shortCode() + " was already presented at " + previous.where() + " on " + previous.at(),
                token, kioskId, previous);
    }

    public boolean isValid() {
        return rejection == null;
    }

    /** "VALID" or the rejection's name, as the test vectors write it. */
    public String outcome() {
        return isValid() ? "VALID" : rejection.name();
    }
}
