package id.anjungan.kiosk;

import javafx.application.Application;

/**
 * Entry point of the shaded jar and of {@code mvn -pl kiosk javafx:run}. It does not extend
 * {@link Application}, so the JavaFX runtime can be on the class path rather than the module path.
 *
 * <p>Arguments: {@code --windowed} for a normal window, {@code --size=1080x1920} for a given size.
 */
public final class KioskLauncher {
    private KioskLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApp.class, args);
    }
}
