package id.anjungan.protocol.slip;

import java.util.Optional;

/** Finds an earlier presentation of a slip. Recording one is the caller's job, after a valid verdict. */
@FunctionalInterface
public interface PresentationLedger {
    Optional<Presentation> previous(SlipId slipId);

    PresentationLedger NONE = slipId -> Optional.empty();
}
