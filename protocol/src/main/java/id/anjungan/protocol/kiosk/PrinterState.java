package id.anjungan.protocol.kiosk;

public enum PrinterState {
    READY,
    PAPER_LOW,
    OUT_OF_PAPER,
    COVER_OPEN,
    OFFLINE,
    /** No printer configured, or one that cannot report. */
    UNKNOWN
}
