package id.anjungan.kiosk.slip;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/** Spoils a clean slip picture the way a quick phone photo at the gate does. */
final class PhoneCamera {

    private PhoneCamera() {
    }

    /**
     * @param degrees how crooked the slip is held
     * @param scale how near the phone is (1 is one pixel a printer dot)
     * @param seed for the sensor noise, so a failure can be repeated
     */
    static BufferedImage photograph(BufferedImage slip, double degrees, double scale, long seed) {
        return noise(blur(rotateAndScale(slip, degrees, scale)), 18, seed);
    }

    private static BufferedImage rotateAndScale(BufferedImage source, double degrees, double scale) {
        int width = (int) Math.ceil(source.getWidth() * scale) + 80;
        int height = (int) Math.ceil(source.getHeight() * scale) + 80;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(236, 232, 226));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform transform = new AffineTransform();
        transform.translate(width / 2.0, height / 2.0);
        transform.rotate(Math.toRadians(degrees));
        transform.scale(scale, scale);
        transform.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
        g.drawImage(source, transform, null);
        g.dispose();
        return out;
    }

    /** A 5x5 Gaussian (sigma about 1.1 pixels): slightly out of focus. */
    private static BufferedImage blur(BufferedImage source) {
        float[] row = {1, 4, 6, 4, 1};
        float[] kernel = new float[25];
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                kernel[y * 5 + x] = row[x] * row[y] / 256f;
            }
        }
        return new ConvolveOp(new Kernel(5, 5, kernel), ConvolveOp.EDGE_NO_OP, null).filter(source, null);
    }

    private static BufferedImage noise(BufferedImage image, int amplitude, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int delta = (int) Math.round(random.nextGaussian() * amplitude);
                int r = clamp((rgb >> 16 & 0xFF) + delta);
                int g = clamp((rgb >> 8 & 0xFF) + delta);
                int b = clamp((rgb & 0xFF) + delta);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
