package id.anjungan.server.intake;

import java.util.Arrays;
import java.util.Optional;

/** What came of a referral once the job seeker presented the slip; intake staff record it. */
public enum Outcome {
    INTERVIEWED,
    HIRED,
    NOT_HIRED;

    /** The outcome named exactly so, if any. */
    public static Optional<Outcome> named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
