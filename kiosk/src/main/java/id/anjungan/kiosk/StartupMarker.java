package id.anjungan.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * For the start-up benchmark: when the system property {@value #PROPERTY} names a file, writes
 * the wall-clock time (epoch milliseconds) into it once the attract screen has been drawn for the
 * first time: at the second animation pulse after it became visible, so the first frame showing
 * it has gone to the screen. Into the same name with {@code .loaded} it writes when the list of
 * vacancies has been read and the attract screen's counts are shown.
 */
final class StartupMarker {
    static final String PROPERTY = "abk.kiosk.startupMarker";

    private StartupMarker() {
    }

    static void writeWhenShown(ObservableBooleanValue attractVisible) {
        Optional<Path> file = Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of);
        if (file.isEmpty()) {
            return;
        }
        new AnimationTimer() {
            private int pulsesShown;

            @Override
            public void handle(long now) {
                if (!attractVisible.get()) {
                    return;
                }
                if (++pulsesShown == 2) {
                    stop();
                    write(file.get(), System.currentTimeMillis());
                }
            }
        }.start();
    }

    static void writeWhenLoaded() {
        Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of)
                .filter(file -> !Files.exists(file.resolveSibling(file.getFileName() + ".loaded")))
                .ifPresent(file -> write(file.resolveSibling(file.getFileName() + ".loaded"), System.currentTimeMillis()));
    }

    private static void write(Path file, long epochMillis) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, Long.toString(epochMillis), StandardCharsets.US_ASCII);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
