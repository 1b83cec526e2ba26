package id.anjungan.kiosk.printer;

/** How the kiosk reaches its slip printer. */
public enum PrinterKind {
    /** An ESC/POS thermal printer on the network, raw TCP (usually port 9100). Reports paper and cover. */
    ESCPOS_TCP,
    /** An ESC/POS thermal printer as a device file, e.g. {@code /dev/usb/lp0}. Cannot report paper. */
    ESCPOS_DEVICE,
    /** A printer the operating system knows (CUPS on Linux), through javax.print. */
    SYSTEM,
    /** No printer: PNG and PDF files in a folder, for the demo and for testing. */
    FILE
}
