package id.anjungan.kiosk;

import id.anjungan.kiosk.browse.BrowseModel;
import id.anjungan.kiosk.browse.BrowseView;
import id.anjungan.kiosk.browse.FilterChip;
import id.anjungan.kiosk.detail.DetailModel;
import id.anjungan.kiosk.detail.DetailView;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.FrameModel;
import id.anjungan.kiosk.frame.FrameView;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.theme.Display;
import id.anjungan.kiosk.theme.TextSize;
import id.anjungan.protocol.sync.Snapshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Renders the list's search, Javanese, large-text and high-contrast screenshots of docs/screenshots
 * with the demo catalogue; runs only when asked:
 * {@code mvn -pl kiosk -am test -Dtest=ScreenshotsTest -Dabk.screenshots=$PWD/docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "abk.screenshots", matches = ".+")
class ScreenshotsTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    @Test
    void takeThem() throws Exception {
        FxToolkit.registerPrimaryStage();
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        try (TestServer server = TestServer.start(folder)) {
            Snapshot snapshot = server.snapshotFor("blkk-batang-1");
            store.replaceCatalog(new Catalog(snapshot.vacancies(), snapshot.reference()), CLOCK.instant(), snapshot.cursor());
        }
        Path out = Path.of(System.getProperty("abk.screenshots"));
        Files.createDirectories(out);
        for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
            String suffix = size[0] + "x" + size[1] + ".png";
            FxToolkit.setupFixture(() -> {
                shoot(store, size, Language.INDONESIAN, TextSize.NORMAL, false, true, out.resolve("kiosk-search-" + suffix));
                shoot(store, size, Language.JAVANESE, TextSize.NORMAL, false, false, out.resolve("kiosk-jv-" + suffix));
                shoot(store, size, Language.INDONESIAN, TextSize.LARGER, false, false, out.resolve("kiosk-large-text-" + suffix));
                shoot(store, size, Language.INDONESIAN, TextSize.NORMAL, true, false, out.resolve("kiosk-contrast-" + suffix));
            });
        }
    }

    private static void shoot(KioskStore store, int[] size, Language language, TextSize textSize, boolean contrast,
                              boolean searching, Path file) {
        Messages messages = new Messages(language);
        VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
        Navigator navigator = new Navigator();
        BrowseModel browse = new BrowseModel(store, CLOCK, messages, texts, navigator::openVacancy);
        FrameModel frame = new FrameModel(messages, new Formats(messages), navigator,
                new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE), new ReadOnlyObjectWrapper<>(CLOCK.instant()), CLOCK,
                () -> Optional.of("BLK Komunitas Darul Ulum Batang"));
        FrameView frameView = new FrameView(frame, messages);
        Display display = new Display();
        display.textSizeProperty().set(textSize);
        display.highContrastProperty().set(contrast);
        frameView.addToBottomBar(display.buttons(messages).toArray(Node[]::new));
        Scene scene = new Scene(frameView, size[0], size[1]);
        display.apply(scene);
        browse.reload();
        BrowseView view = new BrowseView(browse, messages);
        frameView.show(view);
        new DetailView(new DetailModel(store, CLOCK, messages, texts), messages);
        if (searching) {
            FilterChip trade = browse.chips().get(0);
            browse.toggle(trade.kind(), trade.value());
            browse.search("Oper");
            view.openKeyboard();
        }
        for (int pass = 0; pass < 3; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
