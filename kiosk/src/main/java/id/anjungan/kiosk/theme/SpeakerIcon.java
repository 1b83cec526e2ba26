package id.anjungan.kiosk.theme;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** A loudspeaker with sound waves for "Dengarkan", and a square for "Berhenti". */
public final class SpeakerIcon {
    private static final String SPEAKER = "M2 8h5l6-5v18l-6-5H2z"
            + "M16 7.5a6 6 0 0 1 0 9l-1.4-1.4a4 4 0 0 0 0-6.2z"
            + "M18.8 4.7a10 10 0 0 1 0 14.6l-1.4-1.4a8 8 0 0 0 0-11.8z";
    private static final String STOP = "M4 4h16v16H4z";

    private SpeakerIcon() {
    }

    /** About 36 px, in the button's text colour (style class {@code speaker-icon}). */
    public static Node speaker() {
        return icon(SPEAKER);
    }

    /** The stop square, the same size. */
    public static Node stop() {
        return icon(STOP);
    }

    private static Node icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("speaker-icon");
        icon.setScaleX(1.5);
        icon.setScaleY(1.5);
        return new Group(icon);
    }
}
