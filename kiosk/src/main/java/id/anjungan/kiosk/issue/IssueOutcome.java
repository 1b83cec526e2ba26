package id.anjungan.kiosk.issue;

import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.slip.SlipId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one request for a referral slip, for the screen to show.
 *
 * @param slip the slip issued and kept in the outbox; empty only for {@link Kind#VACANCY_CLOSED}
 * @param printerState the printer's state as the print saw it: why it could not print, or READY,
 *                     PAPER_LOW or UNKNOWN after printing
 * @param staffMessage the printer driver's sentence for staff (English, for the log and the console)
 * @param picture the slip as a PNG when the printer writes files (the demo's), for the screen
 */
public record IssueOutcome(Kind kind, Optional<IssuedSlip> slip, PrinterState printerState, String staffMessage,
                           Optional<Path> picture) {

    public enum Kind {
        /** Issued and printed: the job seeker takes the slip. */
        PRINTED,
        /** Issued and kept in the outbox, but the printer could not print it: staff reprint it. */
        NOT_PRINTED,
        /** Nothing issued: the vacancy closed (or left this kiosk) before the slip was asked for. */
        VACANCY_CLOSED
    }

    public IssueOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(printerState, "printerState");
        Objects.requireNonNull(staffMessage, "staffMessage");
        Objects.requireNonNull(picture, "picture");
        if (slip.isEmpty() != (kind == Kind.VACANCY_CLOSED)) {
            throw new IllegalArgumentException("a slip is issued exactly when the vacancy is open");
        }
    }

    static IssueOutcome vacancyClosed(String vacancyId) {
        return new IssueOutcome(Kind.VACANCY_CLOSED, Optional.empty(), PrinterState.UNKNOWN,
                "Vacancy " + vacancyId + " is closed or no longer on this kiosk; no slip was issued.", Optional.empty());
    }

    public boolean printed() {
        return kind == Kind.PRINTED;
    }

    /** The code printed on the slip and read out to staff, e.g. {@code 7YD0-RZJV}. */
    public Optional<String> shortCode() {
        return slip.map(s -> SlipId.fromHex(s.slipId()).shortCode());
    }
}
