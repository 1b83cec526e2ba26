package id.anjungan.kiosk.slip;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.List;
import java.util.Map;

/**
 * Encodes a QR code that ZXing, the decoder of the intake page's camera and photo upload, reads back.
 *
 * <p>About one clean symbol in a hundred of our slip tokens is not found or not read by ZXing, though
 * it is a valid code: its data mask happens to form shapes that mislead the detector. Another of the
 * eight masks always reads. So the symbol is checked once, as drawn, before it is used, and if ZXing
 * cannot read it the next mask that reads is taken. A symbol with any mask is a correct QR code, so
 * scanners that read the first one read the other too.
 */
final class ScannableQr {
    private static final int CHECK_MODULE_PIXELS = 4;
    private static final List<Map<DecodeHintType, Object>> SCANNERS = List.of(
            Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)),
            Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE));

    private ScannableQr() {
    }

    static ByteMatrix encode(String text, ErrorCorrectionLevel level) throws WriterException {
        ByteMatrix chosen = Encoder.encode(text, level).getMatrix();
        if (reads(chosen, text)) {
            return chosen;
        }
        for (int mask = 0; mask < 8; mask++) {
            ByteMatrix other = Encoder.encode(text, level, Map.of(EncodeHintType.QR_MASK_PATTERN, mask)).getMatrix();
            if (reads(other, text)) {
                return other;
            }
        }
        return chosen;
    }

    static boolean reads(ByteMatrix matrix, String text) {
        RGBLuminanceSource source = picture(matrix);
        for (Map<DecodeHintType, Object> hints : SCANNERS) {
            try {
                String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
                if (!read.equals(text)) {
                    return false;
                }
            } catch (ReaderException e) {
                return false;
            }
        }
        return true;
    }

    /** The symbol drawn black on white with its quiet zone, as a scanner sees a crisp print. */
    private static RGBLuminanceSource picture(ByteMatrix matrix) {
        int quiet = QrSymbol.QUIET_ZONE_MODULES;
        int side = (matrix.getWidth() + 2 * quiet) * CHECK_MODULE_PIXELS;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            int my = y / CHECK_MODULE_PIXELS - quiet;
            for (int x = 0; x < side; x++) {
                int mx = x / CHECK_MODULE_PIXELS - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
                        && matrix.get(mx, my) == 1;
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new RGBLuminanceSource(side, side, pixels);
    }
}
