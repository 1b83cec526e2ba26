package id.anjungan.protocol.slip;

import java.time.Instant;
import java.util.Objects;

/**
 * A slip shown at an intake desk.
 *
 * @param where the intake point, as intake staff should read it (e.g. employer and gate)
 */
public record Presentation(String where, Instant at) {
    public Presentation {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(at, "at");
    }
}
