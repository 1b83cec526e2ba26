package id.anjungan.kiosk.theme;

import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** A printer in one path, for the print button: sheet in, body, sheet out. */
public final class PrinterIcon {
    private static final String PATH = "M6 1h12v6H6z"
            + "M3 8h18a2 2 0 0 1 2 2v8h-4v-4H5v4H1v-8a2 2 0 0 1 2-2z"
            + "M7 16h10v7H7z";

    private PrinterIcon() {
    }

    /** About 36 px, in the button's text colour (style class {@code printer-icon}). */
    public static Node small() {
        SVGPath icon = new SVGPath();
        icon.setContent(PATH);
        icon.setFillRule(FillRule.EVEN_ODD);
        icon.getStyleClass().add("printer-icon");
        icon.setScaleX(1.5);
        icon.setScaleY(1.5);
        return new javafx.scene.Group(icon);
    }
}
