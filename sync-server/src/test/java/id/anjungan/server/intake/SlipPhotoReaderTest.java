package id.anjungan.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Reading the QR code out of photos of slips, as phones at a gate take them. */
class SlipPhotoReaderTest {
    private static final String TEXT = "ABK1:NCFC4E7KB$NL0WE9:Q9M8WF-FB8SQOXKIN5%DIEX6M3CJ2P9B ZA5O$P6Z2H4I8N*UVK3N+ZGKHCX0-3";

    private final SlipPhotoReader reader = new SlipPhotoReader();

    @Test
    void aLargeCrookedDimJpegPhotoOfTheCodeIsRead() throws Exception {
        BufferedImage photo = photograph(qr(TEXT, 6), 4000, 3000, 9, new Random(7));

        assertThat(reader.read(bytes(photo, "jpg"))).contains(TEXT);
    }

    @Test
    void aPictureWithoutACodeAndBytesThatAreNoPictureReadAsNothing() throws Exception {
        BufferedImage blank = photograph(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), 800, 600, 0, new Random(1));

        assertThat(reader.read(bytes(blank, "png"))).isEmpty();
        assertThat(reader.read("GIF89a but not really".getBytes())).isEmpty();
        assertThat(reader.read(new byte[0])).isEmpty();
    }

    private static BufferedImage qr(String text, int dotsPerModule) throws Exception {
        BufferedImage small = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.MARGIN, 4)));
        BufferedImage big = new BufferedImage(small.getWidth() * dotsPerModule, small.getHeight() * dotsPerModule,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.drawImage(small, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    /** The code on a grey desk, turned, scaled up, dimmed and noisy, in a picture of a phone camera's size. */
    private static BufferedImage photograph(BufferedImage code, int width, int height, double degrees, Random random) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(120, 116, 110));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0, height / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.scale(3, 3);
        t.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
        g.drawImage(code, t, null);
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = out.getRGB(x, y);
                int delta = (int) Math.round(random.nextGaussian() * 12) - 30;
                int grey = Math.max(0, Math.min(255, (rgb & 0xFF) + delta));
                out.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        return out;
    }

    private static byte[] bytes(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
