package id.anjungan.kiosk.slip;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The slip's typeface: Noto Sans (Debian's fonts-noto-core), else DejaVu Sans (fonts-dejavu-core),
 * read from their files so the slip looks the same on every kiosk; else Java's logical SansSerif.
 */
public record SlipFonts(Font regular, Font bold) {
    private static final List<Path[]> CANDIDATES = List.of(
            new Path[] {Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
                    Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")},
            new Path[] {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")});

    /** The first of Noto Sans, DejaVu Sans, SansSerif that this machine has. */
    public static SlipFonts installed() {
        for (Path[] pair : CANDIDATES) {
            if (Files.isReadable(pair[0]) && Files.isReadable(pair[1])) {
                try {
                    return new SlipFonts(load(pair[0]), load(pair[1]));
                } catch (IOException | FontFormatException e) {
                    // A damaged font file: try the next family.
                }
            }
        }
        return logical();
    }

    /** Java's own SansSerif, which every JDK has. */
    public static SlipFonts logical() {
        return new SlipFonts(new Font(Font.SANS_SERIF, Font.PLAIN, 1), new Font(Font.SANS_SERIF, Font.BOLD, 1));
    }

    public String family() {
        return regular.getFamily();
    }

    private static Font load(Path file) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }
}
