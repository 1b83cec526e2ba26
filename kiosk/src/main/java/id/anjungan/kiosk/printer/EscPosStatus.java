package id.anjungan.kiosk.printer;

import id.anjungan.protocol.kiosk.PrinterState;

/**
 * Reads the replies to DLE EOT 1, 2 and 4 as the Epson ESC/POS reference defines them. Every reply
 * byte has bits 1 and 4 set and bits 0 and 7 clear; a byte that does not is not a status reply.
 *
 * <ul>
 *   <li>n=1, printer status: bit 3 offline.</li>
 *   <li>n=2, offline cause: bit 2 cover open, bit 5 stopped at paper end, bit 6 an error.</li>
 *   <li>n=4, roll paper sensor: bits 2 and 3 paper near its end, bits 5 and 6 no paper.</li>
 * </ul>
 *
 * Cover open comes first (it also stops the paper sensor and takes the printer offline), then
 * paper out, then other offline causes, then paper low.
 */
public final class EscPosStatus {
    /** The reply to n=1 of a ready printer. */
    public static final int PRINTER_READY = 0x16;
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;

    private EscPosStatus() {
    }

    /** Whether a byte has the fixed bits of a DLE EOT reply. */
    public static boolean isReply(int value) {
        return value >= 0 && (value & FIXED_MASK) == FIXED_BITS;
    }

    /**
     * @param printer the reply to n=1, or -1 for none
     * @param offlineCause the reply to n=2, or -1 for none
     * @param paperSensor the reply to n=4, or -1 for none
     */
    public static PrinterState state(int printer, int offlineCause, int paperSensor) {
        boolean anyReply = isReply(printer) || isReply(offlineCause) || isReply(paperSensor);
        if (!anyReply) {
            return PrinterState.UNKNOWN;
        }
        if (isReply(offlineCause) && (offlineCause & 0x04) != 0) {
            return PrinterState.COVER_OPEN;
        }
        if (isReply(paperSensor) && (paperSensor & 0x60) != 0 || isReply(offlineCause) && (offlineCause & 0x20) != 0) {
            return PrinterState.OUT_OF_PAPER;
        }
        if (isReply(printer) && (printer & 0x08) != 0 || isReply(offlineCause) && (offlineCause & 0x40) != 0) {
            return PrinterState.OFFLINE;
        }
        if (isReply(paperSensor) && (paperSensor & 0x0C) != 0) {
            return PrinterState.PAPER_LOW;
        }
        return PrinterState.READY;
    }

    /** The states in which a job must not be sent: it would not come out, or only half. */
    public static boolean stopsPrinting(PrinterState state) {
        return state == PrinterState.OUT_OF_PAPER || state == PrinterState.COVER_OPEN || state == PrinterState.OFFLINE;
    }
}
