package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.protocol.kiosk.PrinterState;

/**
 * A kiosk's slip printer. Neither method throws for printer trouble: the answer says what
 * happened in words staff understand, and the kiosk keeps a slip that was not printed for a reprint.
 * Calls block (up to the configured timeout and the time to send the job), so call them off the
 * JavaFX application thread.
 */
public interface SlipPrinter {

    /** Prints one slip, unless the printer says it cannot (out of paper, cover open, offline). */
    PrintResult print(SlipContent slip);

    /** Asks the printer how it is, for the heartbeat and the staff console. */
    PrinterState status();
}
