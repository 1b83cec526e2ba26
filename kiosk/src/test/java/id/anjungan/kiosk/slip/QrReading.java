package id.anjungan.kiosk.slip;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Reads QR codes back out of pictures with ZXing, as an intake desk's scanner or phone would. */
public final class QrReading {

    private QrReading() {
    }

    /**
     * Reads the QR as a scanner would: the whole picture first, then with the other binarizer, then
     * with the multi-code detector, which tries each finder-pattern set it sees. Photos need the
     * retries; crisp prints do not since the kiosk checks each symbol's mask ({@link ScannableQr}).
     */
    public static Result read(BufferedImage image) {
        Map<DecodeHintType, Object> hints = Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
        Exception first;
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            first = e;
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)), hints);
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            // fall through to the multi-code detector
        }
        try {
            Result[] found = new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints);
            if (found.length > 0) {
                return found[0];
            }
        } catch (NotFoundException e) {
            // reported below
        }
        throw new AssertionError("no readable QR code in the picture: " + first, first);
    }

    public static String text(BufferedImage image) {
        return read(image).getText();
    }

    /**
     * Measures the module size of the printed QR from the pixels: along the row through the
     * top-left finder pattern's centre, the finder is dark 1, light 1, dark 3, light 1, dark 1
     * modules. Returns the dots of one module, failing if the runs are not whole multiples of it.
     */
    public static int moduleDots(BufferedImage image, Result result) {
        ResultPoint topLeft = result.getResultPoints()[1];
        int y = Math.round(topLeft.getY());
        int x = Math.round(topLeft.getX());
        int px = x;
        // From the dark core leftwards: the core, the light ring, the dark ring; the finder starts after it.
        for (boolean dark : new boolean[] {true, false, true}) {
            while (isDark(image, px, y) == dark) {
                px--;
            }
        }
        int left = px + 1;
        int[] runs = new int[5];
        int run = 0;
        boolean dark = true;
        for (int column = left; run < 5; column++) {
            if (isDark(image, column, y) != dark) {
                run++;
                dark = !dark;
                if (run == 5) {
                    break;
                }
            }
            runs[run]++;
        }
        int total = runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
        if (total % 7 != 0) {
            throw new AssertionError("finder pattern is " + total + " dots wide, not a whole number of modules");
        }
        int module = total / 7;
        int[] expected = {1, 1, 3, 1, 1};
        for (int i = 0; i < 5; i++) {
            if (runs[i] != expected[i] * module) {
                throw new AssertionError("finder pattern runs " + java.util.Arrays.toString(runs)
                        + " are not 1:1:3:1:1 of " + module + " dots");
            }
        }
        return module;
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        if (x < 0 || x >= image.getWidth()) {
            return false;
        }
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        return grey < 128;
    }
}
