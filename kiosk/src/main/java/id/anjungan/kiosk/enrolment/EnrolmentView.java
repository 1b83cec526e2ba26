package id.anjungan.kiosk.enrolment;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Staff type the centre's one-time enrolment code here. */
public final class EnrolmentView extends VBox {

    public EnrolmentView(EnrolmentModel model, Messages messages) {
        super(28);
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
        getChildren().addAll(title, explanation, code, send, message, keyboard);
    }
}
