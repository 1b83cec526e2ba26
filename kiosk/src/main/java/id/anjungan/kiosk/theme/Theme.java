package id.anjungan.kiosk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one look: the stylesheet {@code kiosk.css} and its font, Noto Sans. The font comes
 * from the kiosk's installation (Debian's fonts-noto-core); when the system's font lookup does not
 * list it, it is loaded from its file. Without it, the stylesheet falls back to the system font.
 */
public final class Theme {
    public static final String FONT_FAMILY = "Noto Sans";

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final Path NOTO_FOLDER = Path.of("/usr/share/fonts/truetype/noto");
    private static final List<String> NOTO_FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf");

    private Theme() {
    }

    /** Makes sure the kiosk's font is available; call once before the first scene is shown. */
    public static void loadFont() {
        if (Font.getFamilies().contains(FONT_FAMILY)) {
            return;
        }
        for (String file : NOTO_FILES) {
            Path path = NOTO_FOLDER.resolve(file);
            if (Files.isReadable(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    Font.loadFont(in, 24);
                } catch (IOException e) {
                    LOG.warn("Cannot load font {}: {}", path, e.getMessage());
                }
            }
        }
        if (!Font.getFamilies().contains(FONT_FAMILY)) {
            LOG.warn("Font {} not installed (Debian package fonts-noto-core); using the system font", FONT_FAMILY);
        }
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    public static String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("kiosk.css"), "kiosk.css").toExternalForm();
    }
}
