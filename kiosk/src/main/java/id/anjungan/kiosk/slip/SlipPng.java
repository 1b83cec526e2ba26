package id.anjungan.kiosk.slip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The slip picture as a PNG file: for the kiosk screen's preview and the demo's file "printer". */
public final class SlipPng {

    private SlipPng() {
    }

    public static byte[] bytes(BufferedImage slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(slip, "png", out)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(BufferedImage slip, Path file) throws IOException {
        Files.write(file, bytes(slip));
    }
}
