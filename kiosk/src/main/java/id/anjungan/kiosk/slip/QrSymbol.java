package id.anjungan.kiosk.slip;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * A slip's QR code as modules, and how many printer dots each module gets.
 *
 * <p>Error correction is Q (a quarter of the symbol can be lost to a crease or smudge) and falls
 * back to M only if Q would not fit at 4 dots a module. The text goes in as it is: the token's
 * upper-case Base45 or URL text is encoded in QR alphanumeric mode. A module is 4 to 6 whole
 * dots (0.5 to 0.75 mm at 203 dpi), the largest that fits with the 4-module quiet zone on each side.
 * The data mask is one ZXing reads back ({@link ScannableQr}).
 */
public final class QrSymbol {
    public static final int QUIET_ZONE_MODULES = 4;
    public static final int MIN_MODULE_DOTS = 4;
    public static final int MAX_MODULE_DOTS = 6;

    private final ByteMatrix matrix;
    private final ErrorCorrectionLevel level;
    private final int moduleDots;

    private QrSymbol(ByteMatrix matrix, ErrorCorrectionLevel level, int moduleDots) {
        this.matrix = matrix;
        this.level = level;
        this.moduleDots = moduleDots;
    }

    /**
     * @param availableDots the width the symbol and its quiet zone may take
     * @throws IllegalArgumentException if the text cannot be a QR code at 4 dots a module in that width
     */
    public static QrSymbol fit(String text, int availableDots) {
        for (ErrorCorrectionLevel level : new ErrorCorrectionLevel[] {ErrorCorrectionLevel.Q, ErrorCorrectionLevel.M}) {
            ByteMatrix matrix = encode(text, level);
            int dots = Math.min(MAX_MODULE_DOTS, availableDots / (matrix.getWidth() + 2 * QUIET_ZONE_MODULES));
            if (dots >= MIN_MODULE_DOTS) {
                return new QrSymbol(matrix, level, dots);
            }
        }
        throw new IllegalArgumentException("a QR code of " + text.length() + " characters does not fit in "
                + availableDots + " dots at " + MIN_MODULE_DOTS + " dots a module");
    }

    /** Modules across (and down), without the quiet zone. */
    public int modules() {
        return matrix.getWidth();
    }

    public boolean isDark(int x, int y) {
        return matrix.get(x, y) == 1;
    }

    public ErrorCorrectionLevel level() {
        return level;
    }

    /** Printer dots per module, 4 to 6. */
    public int moduleDots() {
        return moduleDots;
    }

    /** Dots across the symbol with its quiet zone on both sides. */
    public int sizeWithQuietZone() {
        return (modules() + 2 * QUIET_ZONE_MODULES) * moduleDots;
    }

    private static ByteMatrix encode(String text, ErrorCorrectionLevel level) {
        try {
            return ScannableQr.encode(text, level);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }
}
