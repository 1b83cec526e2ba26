package id.anjungan.server.console;

import id.anjungan.server.testing.Chromium;

/** The console tests' browser: {@link Chromium} from the test jar, which the kiosk's intake test shares. */
final class Browser extends Chromium {
    Browser(int width, int height) {
        super(width, height);
    }
}
