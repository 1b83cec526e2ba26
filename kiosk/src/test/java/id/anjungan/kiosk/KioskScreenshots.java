package id.anjungan.kiosk;

import id.anjungan.kiosk.attract.AttractModel;
import id.anjungan.kiosk.attract.AttractView;
import id.anjungan.kiosk.browse.BrowseModel;
import id.anjungan.kiosk.browse.BrowseView;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.FrameModel;
import id.anjungan.kiosk.frame.FrameView;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.idle.IdleModel;
import id.anjungan.kiosk.idle.IdleView;
import id.anjungan.kiosk.staff.StaffModel;
import id.anjungan.kiosk.staff.StaffView;
import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.kiosk.theme.Theme;
import id.anjungan.protocol.sync.Snapshot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Takes docs/screenshots/kiosk-attract-*, kiosk-idle-* and kiosk-staff-*.png with the demo catalogue,
 * rendered by JavaFX's software pipeline like the headless tests. Runs only when asked:
 * {@code mvn -B -pl kiosk -am verify -Dtest=KioskScreenshots -Dabk.screenshots=../docs/screenshots -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "abk.screenshots", matches = ".+")
class KioskScreenshots {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    @Test
    void takeThem() throws Exception {
        Path out = Path.of(System.getProperty("abk.screenshots"));
        Files.createDirectories(out);
        FxToolkit.registerPrimaryStage();
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        try (TestServer server = TestServer.start(folder)) {
            Snapshot snapshot = server.snapshotFor("blkk-batang-1");
            store.replaceCatalog(new Catalog(snapshot.vacancies(), snapshot.reference()), CLOCK.instant(), snapshot.cursor());
        }
        for (int[] size : List.of(new int[] {1920, 1080}, new int[] {1080, 1920})) {
            FxToolkit.setupFixture(() -> shoot(store, size[0], size[1], out));
        }
    }

    private static void shoot(KioskStore store, int width, int height, Path out) {
        String suffix = width + "x" + height;
        Messages messages = new Messages(Language.INDONESIAN);
        Formats formats = new Formats(messages);
        VacancyTexts texts = new VacancyTexts(messages, formats);
        Navigator navigator = new Navigator();
        String centre = store.centre("blkk-batang-1").map(c -> c.name()).orElse("BLK Komunitas");
        AttractModel attract = new AttractModel(store, CLOCK, messages, texts, formats,
                new ReadOnlyObjectWrapper<>(CLOCK.instant().minus(Duration.ofMinutes(4))), () -> Optional.of(centre),
                () -> { });
        attract.reload();
        save(new AttractView(attract, messages), width, height, out.resolve("kiosk-attract-" + suffix + ".png"));

        BrowseModel browse = new BrowseModel(store, CLOCK, messages, texts, navigator::openVacancy);
        browse.reload();
        FrameModel frame = new FrameModel(messages, formats, navigator,
                new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE),
                new ReadOnlyObjectWrapper<>(CLOCK.instant().minus(Duration.ofMinutes(4))), CLOCK, () -> Optional.of(centre));
        FrameView frameView = new FrameView(frame, messages);
        frameView.show(new BrowseView(browse, messages));
        MutableClock idleClock = MutableClock.morningOfToday();
        IdleModel idle = new IdleModel(idleClock, Duration.ofSeconds(60), messages, () -> { });
        idleClock.advance(Duration.ofSeconds(63));
        idle.tick();
        save(new StackPane(frameView, new IdleView(idle, messages)), width, height,
                out.resolve("kiosk-idle-" + suffix + ".png"));

        StaffModel staff = new StaffModel(messages, CLOCK, "1234", new StaffModel.Desk() {
            @Override
            public StaffModel.Facts facts() {
                return new StaffModel.Facts("https://abk.example.id", messages.text("status.online"),
                        "3f2c9a1e-5d7b-4c2e-9b1a-0e6f4d2c8a77 : 338", browse.cards().size(), 2, messages.text("staff.printer.READY"), "0.1.0",
                        "kiosk-vtvm8ns7");
            }

            @Override
            public void syncNow() {
            }

            @Override
            public List<StaffModel.Slip> recentSlips() {
                return List.of(new StaffModel.Slip("a1", "27 Nov 14:05 \u00b7 Operator Produksi Sepatu"),
                        new StaffModel.Slip("a2", "27 Nov 13:41 \u00b7 Teknisi AC dan Refrigerasi"),
                        new StaffModel.Slip("a3", "27 Nov 11:12 \u00b7 Juru Las SMAW"));
            }

            @Override
            public String testPrint() {
                return "test";
            }

            @Override
            public String reprint(String slipId) {
                return "";
            }
        }, Runnable::run, Runnable::run, () -> { });
        FrameView behind = new FrameView(frame, messages);
        behind.show(new BrowseView(browse, messages));
        StaffView staffView = new StaffView(staff, messages);
        StackPane root = new StackPane(behind, staffView);
        staff.open();
        staff.digit(1);
        staff.digit(1);
        staff.digit(1);
        staff.digit(1);
        staff.submit();
        staff.digit(1);
        staff.digit(2);
        save(root, width, height, out.resolve("kiosk-staff-pin-" + suffix + ".png"));
        staff.digit(3);
        staff.digit(4);
        staff.submit();
        save(root, width, height, out.resolve("kiosk-staff-" + suffix + ".png"));
    }

    private static void save(Parent root, int width, int height, Path file) {
        Scene scene = root.getScene() != null ? root.getScene() : new Scene(root, width, height);
        Theme.apply(scene);
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
