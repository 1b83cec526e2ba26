package id.anjungan.kiosk.slip;

/**
 * Thermal paper rolls and the dots a 203 dpi (8 dots/mm) head prints across them. The printable
 * width is narrower than the paper: 48 mm of 58 mm paper, 72 mm of 80 mm paper.
 */
public enum PaperWidth {
    MM_58(58, 384),
    MM_80(80, 576);

    /** Dots per inch of the usual kiosk and receipt thermal head. */
    public static final int DPI = 203;

    private final int millimetres;
    private final int dots;

    PaperWidth(int millimetres, int dots) {
        this.millimetres = millimetres;
        this.dots = dots;
    }

    public int millimetres() {
        return millimetres;
    }

    /** Printable dots across the paper; the raster image is exactly this wide. */
    public int dots() {
        return dots;
    }

    /** Bytes of one raster line, eight dots a byte: 48 or 72. */
    public int bytesPerLine() {
        return dots / 8;
    }

    /** 58 or 80; anything else is refused. */
    public static PaperWidth ofMillimetres(int millimetres) {
        for (PaperWidth width : values()) {
            if (width.millimetres == millimetres) {
                return width;
            }
        }
        throw new IllegalArgumentException("paper width must be 58 or 80 mm, not " + millimetres);
    }
}
