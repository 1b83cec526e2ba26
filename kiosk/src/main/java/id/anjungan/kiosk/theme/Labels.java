package id.anjungan.kiosk.theme;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Labels that wrap instead of clipping or ending in "...". */
public final class Labels {
    private Labels() {
    }

    /** A label that wraps to as many lines as its text needs. */
    public static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    public static Label wrapped(ObservableValue<String> text, String... styleClasses) {
        Label label = wrapped("", styleClasses);
        label.textProperty().bind(text);
        return label;
    }

    /** A caption and its value side by side: "Gaji   Rp 2.850.000 per bulan"; the value wraps. */
    public static HBox fact(ObservableValue<String> caption, String value, double captionWidth) {
        Label captionLabel = wrapped(caption, "fact-caption");
        captionLabel.setMinWidth(captionWidth);
        captionLabel.setPrefWidth(captionWidth);
        captionLabel.setMaxWidth(captionWidth);
        Label valueLabel = wrapped(value, "fact-value");
        valueLabel.setMinWidth(0);
        HBox.setHgrow(valueLabel, Priority.ALWAYS);
        HBox row = new HBox(16, captionLabel, valueLabel);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        row.getStyleClass().add("fact");
        return row;
    }
}
