package id.anjungan.kiosk.testing;

import id.anjungan.kiosk.KioskApp;
import id.anjungan.kiosk.config.KioskConfig;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The whole kiosk app on the headless test screen, for tests that drive it as a job seeker would:
 * register it as a static {@code @RegisterExtension} field, {@link #launch} it in a test, and it is
 * closed after each test (and before a second launch in the same test).
 */
public final class RunningKiosk implements BeforeAllCallback, AfterEachCallback {
    private KioskApp app;

    @Override
    public void beforeAll(ExtensionContext context) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the kiosk with this configuration, closing one started before. */
    public void launch(KioskConfig config, Clock clock) throws TimeoutException {
        close();
        app = (KioskApp) FxToolkit.setupApplication(() -> new KioskApp(config, clock));
    }

    /** Stops the running kiosk as the staff panel's "leave" would; nothing when none runs. */
    public void close() throws TimeoutException {
        if (app != null) {
            KioskApp running = app;
            app = null;
            FxToolkit.cleanupApplication(running);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        close();
        FxToolkit.cleanupStages();
    }
}
