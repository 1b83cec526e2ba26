package id.anjungan.kiosk.issue;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.util.Duration;

/**
 * The pictures of the issue screen: a printer pushing out a sheet while the slip prints, a big
 * check mark when it is ready, a warning sign when it could not be printed. Shapes only, coloured
 * by the stylesheet.
 */
final class IssuePictures {
    private IssuePictures() {
    }

    /** A printer whose sheet comes out of the slot, again and again while {@code running}. */
    static final class PrinterAnimation extends Pane {
        private static final double WIDTH = 300;
        private static final double SLOT_Y = 150;
        private static final double SHEET_HEIGHT = 170;
        private final Timeline timeline;

        PrinterAnimation() {
            getStyleClass().add("printer-animation");
            setMinSize(WIDTH, SLOT_Y + SHEET_HEIGHT + 10);
            setPrefSize(WIDTH, SLOT_Y + SHEET_HEIGHT + 10);
            setMaxSize(WIDTH, SLOT_Y + SHEET_HEIGHT + 10);

            Rectangle paperIn = rectangle(70, 10, 160, 50, "printer-paper");
            Rectangle body = rectangle(10, 50, 280, 110, "printer-body");
            body.setArcWidth(36);
            body.setArcHeight(36);
            Rectangle slot = rectangle(50, SLOT_Y - 8, 200, 12, "printer-slot");
            slot.setArcWidth(8);
            slot.setArcHeight(8);
            Circle light = new Circle(250, 80, 9);
            light.getStyleClass().add("printer-light");

            Group sheet = new Group(
                    rectangle(70, 0, 160, SHEET_HEIGHT, "printer-paper"),
                    rectangle(90, 20, 120, 10, "printer-ink"),
                    rectangle(90, 42, 90, 8, "printer-ink"),
                    rectangle(110, 70, 80, 80, "printer-ink"),
                    rectangle(122, 82, 56, 56, "printer-paper"),
                    rectangle(136, 96, 28, 28, "printer-ink"));
            Rectangle clip = new Rectangle(0, SLOT_Y, WIDTH, SHEET_HEIGHT + 10);
            Group sheetOut = new Group(sheet);
            sheetOut.setClip(clip);
            sheet.setTranslateY(SLOT_Y - SHEET_HEIGHT);

            getChildren().addAll(paperIn, body, light, sheetOut, slot);
            timeline = new Timeline(
                    new KeyFrame(Duration.ZERO, new KeyValue(sheet.translateYProperty(), SLOT_Y - SHEET_HEIGHT)),
                    new KeyFrame(Duration.seconds(1.8), new KeyValue(sheet.translateYProperty(), SLOT_Y,
                            Interpolator.EASE_OUT)),
                    new KeyFrame(Duration.seconds(2.3), new KeyValue(sheet.translateYProperty(), SLOT_Y)));
            timeline.setCycleCount(Animation.INDEFINITE);
        }

        void play() {
            timeline.playFromStart();
        }

        void stop() {
            timeline.stop();
        }
    }

    /** A white check mark in a green disc. */
    static Node checkMark(double diameter) {
        double r = diameter / 2;
        Circle disc = new Circle(r, r, r);
        disc.getStyleClass().add("check-disc");
        Polyline tick = new Polyline(r * 0.52, r * 1.02, r * 0.86, r * 1.36, r * 1.5, r * 0.66);
        tick.getStyleClass().add("check-tick");
        tick.setStrokeWidth(diameter * 0.1);
        tick.setStrokeLineCap(StrokeLineCap.ROUND);
        tick.setStrokeLineJoin(StrokeLineJoin.ROUND);
        Group mark = new Group(disc, tick);
        mark.setId("issue-check");
        return mark;
    }

    /** An exclamation mark in an amber disc: something needs staff. */
    static Node warning(double diameter) {
        double r = diameter / 2;
        Circle disc = new Circle(r, r, r);
        disc.getStyleClass().add("warning-disc");
        Rectangle bar = new Rectangle(r - diameter * 0.05, r * 0.42, diameter * 0.1, r * 0.78);
        bar.setArcWidth(diameter * 0.1);
        bar.setArcHeight(diameter * 0.1);
        bar.getStyleClass().add("warning-mark");
        Circle dot = new Circle(r, r * 1.5, diameter * 0.065);
        dot.getStyleClass().add("warning-mark");
        Group mark = new Group(disc, bar, dot);
        mark.setId("issue-warning");
        return mark;
    }

    private static Rectangle rectangle(double x, double y, double width, double height, String styleClass) {
        Rectangle rectangle = new Rectangle(x, y, width, height);
        rectangle.getStyleClass().add(styleClass);
        return rectangle;
    }
}
