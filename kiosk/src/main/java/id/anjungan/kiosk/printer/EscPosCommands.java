package id.anjungan.kiosk.printer;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few ESC/POS commands a slip needs, as bytes (Epson ESC/POS command reference). Written by
 * hand rather than with a library: they are short, and the status replies need the socket's input
 * side, which output-only ESC/POS libraries do not use.
 */
public final class EscPosCommands {
    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    /** Rows per GS v 0 command; some printers refuse one image taller than about 2,300 rows. */
    static final int RASTER_BAND_ROWS = 256;

    /** DLE EOT n: 1 printer status, 2 offline cause, 4 roll paper sensor. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_PAPER_SENSOR = 4;

    private EscPosCommands() {
    }

    /** ESC @: clears the print buffer and resets modes left over by a previous job. */
    public static byte[] initialise() {
        return new byte[] {ESC, '@'};
    }

    /** DLE EOT n: a real-time status request, answered at once with one byte, even while offline. */
    public static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** ESC a n: 0 left, 1 centre. */
    public static byte[] align(boolean centre) {
        return new byte[] {ESC, 'a', (byte) (centre ? 1 : 0)};
    }

    /**
     * GS v 0 in bands of at most {@value #RASTER_BAND_ROWS} rows: one bit a dot, most significant bit
     * leftmost, a bit set for every dot darker than mid grey.
     */
    public static byte[] rasterImage(BufferedImage image) {
        int bytesPerRow = (image.getWidth() + 7) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytesPerRow * image.getHeight() + 64);
        for (int top = 0; top < image.getHeight(); top += RASTER_BAND_ROWS) {
            int rows = Math.min(RASTER_BAND_ROWS, image.getHeight() - top);
            out.writeBytes(new byte[] {GS, 'v', '0', 0,
                    (byte) (bytesPerRow & 0xFF), (byte) (bytesPerRow >> 8), (byte) (rows & 0xFF), (byte) (rows >> 8)});
            for (int y = top; y < top + rows; y++) {
                for (int column = 0; column < bytesPerRow; column++) {
                    out.write(packEightDots(image, column * 8, y));
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * The printer's own QR code (GS ( k, function 165 to 181): model 2, the given module size in
     * dots and error correction, then store the text and print it.
     */
    public static byte[] qrCode(String text, int moduleDots, ErrorCorrectionLevel level) {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        int length = data.length + 3;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 40);
        out.writeBytes(new byte[] {GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0});
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x43, (byte) moduleDots});
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x45, (byte) (0x30 + levelNumber(level))});
        out.writeBytes(new byte[] {GS, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8), 0x31, 0x50, 0x30});
        out.writeBytes(data);
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30});
        return out.toByteArray();
    }

    /**
     * GS V 66 0: feed the paper to the cutter and cut it partially. A partial cut leaves a thin
     * hinge, so the slip waits in the kiosk's slot for the job seeker instead of falling inside.
     */
    public static byte[] feedAndCut() {
        return new byte[] {GS, 'V', 66, 0};
    }

    private static int packEightDots(BufferedImage image, int left, int y) {
        int bits = 0;
        for (int i = 0; i < 8; i++) {
            int x = left + i;
            if (x < image.getWidth() && isDark(image.getRGB(x, y))) {
                bits |= 0x80 >> i;
            }
        }
        return bits;
    }

    private static boolean isDark(int argb) {
        int luminance = (299 * (argb >> 16 & 0xFF) + 587 * (argb >> 8 & 0xFF) + 114 * (argb & 0xFF)) / 1000;
        return (argb >>> 24) > 127 && luminance < 128;
    }

    /** L, M, Q, H as 0 to 3, the order GS ( k function 169 counts them from '0'. */
    private static int levelNumber(ErrorCorrectionLevel level) {
        return switch (level) {
            case L -> 0;
            case M -> 1;
            case Q -> 2;
            case H -> 3;
        };
    }
}
