package id.anjungan.server.intake;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Finds the QR code in a photo of a slip, as a scanner retries: the hybrid binarizer, then the
 * global-histogram one (better on evenly lit paper), then the multi-code detector (which tries each
 * set of finder patterns it sees, when text beside the code misleads the first); a large phone
 * photo is tried again scaled down, since a QR spread over thousands of pixels of blur reads worse.
 */
public final class SlipPhotoReader {
    /** Phone photos are a few megabytes; anything far larger is not a photo of a slip. */
    public static final int MAX_BYTES = 15 * 1024 * 1024;
    private static final int SCALED_WIDTH = 1600;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /** The QR text, or empty when the picture cannot be read or holds no readable QR code. */
    public Optional<String> read(byte[] picture) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(picture));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null) {
            return Optional.empty();
        }
        Optional<String> text = readImage(image);
        if (text.isEmpty() && Math.max(image.getWidth(), image.getHeight()) > SCALED_WIDTH * 1.25) {
            text = readImage(scaled(image));
        }
        return text;
    }

    private static Optional<String> readImage(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
            } catch (NotFoundException | ChecksumException | FormatException e) {
                // try the next way
            }
        }
        try {
            var found = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            return found.length == 0 ? Optional.empty() : Optional.of(found[0].getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = (double) SCALED_WIDTH / Math.max(image.getWidth(), image.getHeight());
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
