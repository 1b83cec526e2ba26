package id.anjungan.kiosk.detail;

import id.anjungan.kiosk.slip.QrSymbol;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws a QR code on screen, whole pixels per module and with its quiet zone, for a phone camera. */
final class PhoneQr {
    private PhoneQr() {
    }

    static Canvas of(String text, int maxSize) {
        QrSymbol symbol = QrSymbol.fit(text, maxSize);
        int modules = symbol.modules() + 2 * QrSymbol.QUIET_ZONE_MODULES;
        int module = Math.max(1, maxSize / modules);
        Canvas canvas = new Canvas(modules * module, modules * module);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < symbol.modules(); y++) {
            for (int x = 0; x < symbol.modules(); x++) {
                if (symbol.isDark(x, y)) {
                    g.fillRect((x + QrSymbol.QUIET_ZONE_MODULES) * module, (y + QrSymbol.QUIET_ZONE_MODULES) * module,
                            module, module);
                }
            }
        }
        return canvas;
    }
}
