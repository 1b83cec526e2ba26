package id.anjungan.kiosk.enrolment;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Staff type the centre's one-time enrolment code here. */
public final class EnrolmentView extends VBox {

    public EnrolmentView(EnrolmentModel model, Messages messages) {
        super(20);
        getStyleClass().addAll("screen", "enrolment-screen");
        setAlignment(Pos.TOP_LEFT);
        setFillWidth(true);

        Label title = Labels.wrapped(messages.binding("enrol.title"), "screen-title");
        Label explanation = Labels.wrapped(messages.binding("enrol.explanation"), "enrol-explanation");
        TextField code = new TextField();
        code.setId("enrolment-code");
        code.getStyleClass().add("enrolment-code");
        code.promptTextProperty().bind(messages.binding("enrol.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setOnAction(event -> model.submit());
        code.setMaxWidth(720);

        Button send = new Button();
        send.setId("enrol-button");
        send.textProperty().bind(messages.binding("enrol.button"));
        send.getStyleClass().add("primary-button");
        send.disableProperty().bind(model.busyProperty());
        send.setOnAction(event -> model.submit());

        Label message = Labels.wrapped(model.messageProperty(), "enrol-message");
        message.setId("enrol-message");
        // A kiosk has no keyboard: staff type the code on the screen's own.
        id.anjungan.kiosk.issue.TouchKeyboard keyboard = new id.anjungan.kiosk.issue.TouchKeyboard(messages);
        keyboard.targetProperty().set(code);
        keyboard.setId("enrolment-keyboard");
        keyboard.getStyleClass().add("enrolment-keyboard");
        keyboard.setMaxWidth(1200);
        // Field and button side by side: with the keyboard below, one row less keeps the screen inside
        // a 1080-pixel-high landscape window.
        HBox.setHgrow(code, Priority.ALWAYS);
        send.setMinWidth(Region.USE_PREF_SIZE);
        HBox codeRow = new HBox(16, code, send);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        codeRow.setMaxWidth(1200);
        getChildren().addAll(title, explanation, codeRow, message, keyboard);
    }
}
