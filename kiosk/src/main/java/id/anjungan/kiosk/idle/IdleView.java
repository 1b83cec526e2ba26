package id.anjungan.kiosk.idle;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** "Masih di sana?" over a dimmed screen, a big "Ya, lanjutkan" and the seconds left. */
public final class IdleView extends StackPane {

    public IdleView(IdleModel model, Messages messages) {
        getStyleClass().add("idle-scrim");
        setId("idle-overlay");
        Label question = Labels.wrapped(messages.binding("idle.question"), "idle-question");
        question.setId("idle-question");
        Label countdown = Labels.wrapped(model.countdownTextProperty(), "idle-countdown");
        countdown.setId("idle-countdown");
        for (Label label : new Label[] {question, countdown}) {
            label.setTextAlignment(TextAlignment.CENTER);
            label.setAlignment(Pos.CENTER);
        }
        Button carryOn = new Button();
        carryOn.textProperty().bind(messages.binding("idle.continue"));
        carryOn.setId("idle-continue");
        carryOn.getStyleClass().addAll("primary-button", "idle-continue");
        carryOn.setMaxWidth(Double.MAX_VALUE);
        carryOn.setWrapText(true);
        carryOn.setFocusTraversable(false);
        carryOn.setOnAction(event -> model.carryOn());
        VBox panel = new VBox(32, question, countdown, carryOn);
        panel.setAlignment(Pos.CENTER);
        panel.getStyleClass().add("idle-panel");
        panel.setMaxWidth(900);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(panel);
        visibleProperty().bind(model.askingProperty());
    }
}
