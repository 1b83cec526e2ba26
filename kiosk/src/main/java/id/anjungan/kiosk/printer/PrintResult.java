package id.anjungan.kiosk.printer;

import id.anjungan.protocol.kiosk.PrinterState;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What became of one print.
 *
 * @param printed true when the slip went to the printer (or files); false means nothing was sent,
 *                and the slip should be kept for a reprint
 * @param state the printer's state as last seen: why it failed, or READY, PAPER_LOW or UNKNOWN
 * @param message one or two plain sentences for staff, saying what to do
 * @param files the PNG and PDF a file printer wrote (the screen can show the PNG); else empty
 */
public record PrintResult(boolean printed, PrinterState state, String message, List<Path> files) {
    public PrintResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static PrintResult printed(PrinterState state, String printer) {
        String sent = "The slip was sent to " + printer + ".";
        return new PrintResult(true, state, state == PrinterState.READY ? sent : sent + " " + advice(state, printer),
                List.of());
    }

    public static PrintResult printedToFiles(String printer, List<Path> files) {
        return new PrintResult(true, PrinterState.READY, "The slip was written to " + printer + ".", files);
    }

    /** Nothing was sent because the printer reported this state. */
    public static PrintResult refusedBy(PrinterState state, String printer) {
        return new PrintResult(false, state,
                "The slip was not printed. " + advice(state, printer) + " Then print the slip again.", List.of());
    }

    /** Nothing (or not all) was sent because of a failure, explained in {@code why}. */
    public static PrintResult failed(PrinterState state, String why) {
        return new PrintResult(false, state, "The slip was not printed. " + why, List.of());
    }

    /**
     * What staff should do about a printer in this state.
     *
     * @param printer names the printer, e.g. "the printer at 192.168.1.50:9100"
     */
    public static String advice(PrinterState state, String printer) {
        String subject = Character.toUpperCase(printer.charAt(0)) + printer.substring(1);
        return switch (state) {
            case READY -> subject + " is ready.";
            case PAPER_LOW -> subject + " is running out of paper: put in a new roll soon.";
            case OUT_OF_PAPER -> subject + " is out of paper: put in a new roll and close the cover.";
            case COVER_OPEN -> subject + " has its cover open: close it until it clicks.";
            case OFFLINE -> subject + " is offline: check that it is switched on and connected, "
                    + "and that its error light is not blinking.";
            case UNKNOWN -> subject + " cannot say whether it has paper: check that the slip came out.";
        };
    }
}
