package id.anjungan.kiosk.staff;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The PIN pad and the staff panel, over everything else. */
public final class StaffView extends StackPane {
    private final StaffModel model;
    private final Messages messages;
    private final VBox factsBox = new VBox(8);
    private final VBox slipsBox = new VBox(12);

    public StaffView(StaffModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("staff-scrim");
        setId("staff-overlay");
        visibleProperty().bind(model.stepProperty().isNotEqualTo(StaffModel.Step.CLOSED));

        Node pinPad = pinPad();
        pinPad.visibleProperty().bind(model.stepProperty().isEqualTo(StaffModel.Step.PIN));
        Node panel = panel();
        panel.visibleProperty().bind(model.stepProperty().isEqualTo(StaffModel.Step.PANEL));
        getChildren().addAll(pinPad, panel);
    }

    private Node pinPad() {
        Label title = Labels.wrapped(messages.binding("staff.pin.title"), "staff-title");
        Label dots = new Label();
        dots.textProperty().bind(Bindings.when(model.dotsProperty().isEmpty()).then(" ").otherwise(model.dotsProperty()));
        dots.getStyleClass().add("staff-pin-dots");
        dots.setId("staff-pin-dots");
        dots.setMaxWidth(Double.MAX_VALUE);
        dots.setAlignment(Pos.CENTER);
        Label message = Labels.wrapped(model.pinMessageProperty(), "staff-pin-message");
        message.setId("staff-pin-message");
        message.visibleProperty().bind(model.pinMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        keys.add(key("staff.pin.erase", "staff-pin-erase", model::erase), 0, 3);
        keys.add(digitKey(0), 1, 3);
        Button ok = key("staff.pin.ok", "staff-pin-ok", model::submit);
        ok.getStyleClass().add("primary-button");
        keys.add(ok, 2, 3);
        Button cancel = key("staff.pin.cancel", "staff-pin-cancel", model::close);
        cancel.setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(24, title, dots, message, keys, cancel);
        box.getStyleClass().add("staff-box");
        box.setId("staff-pin");
        box.setMaxWidth(Region.USE_PREF_SIZE);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private Button digitKey(int digit) {
        Button button = new Button(Integer.toString(digit));
        button.setId("staff-digit-" + digit);
        button.getStyleClass().add("staff-key");
        // Never narrower than its word, also at the largest text size.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> model.digit(digit));
        return button;
    }

    private Button key(String textKey, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(messages.binding(textKey));
        button.setId(id);
        button.getStyleClass().add("staff-key");
        // Never narrower than its word, also at the largest text size.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Node panel() {
        Label title = Labels.wrapped(messages.binding("staff.title"), "staff-title");
        model.factsProperty().addListener((observable, old, facts) -> showFacts(facts));
        messages.languageProperty().addListener((observable, old, language) -> showFacts(model.factsProperty().get()));
        model.slips().addListener((javafx.collections.ListChangeListener<StaffModel.Slip>) change -> showSlips());
        showSlips();

        Label action = Labels.wrapped(model.actionMessageProperty(), "staff-action-message");
        action.setId("staff-action-message");
        action.visibleProperty().bind(model.actionMessageProperty().isNotEmpty());
        action.managedProperty().bind(action.visibleProperty());

        Button sync = panelButton("staff.syncNow", "staff-sync", model::syncNow);
        sync.getStyleClass().add("primary-button");
        Button close = panelButton("staff.close", "staff-close", model::close);
        Button exit = panelButton("staff.exit", "staff-exit", model::exit);
        exit.getStyleClass().add("staff-exit");
        Button testPrint = panelButton("staff.testPrint", "staff-test-print", model::testPrint);
        FlowPane actions = new FlowPane(16, 16, sync, testPrint, close);
        // Leaving the kiosk stands apart at the bottom, away from the everyday buttons.
        HBox exitRow = new HBox(exit);
        exitRow.setAlignment(Pos.CENTER_RIGHT);
        exitRow.getStyleClass().add("staff-exit-row");

        Label reprintTitle = Labels.wrapped(messages.binding("staff.reprint.title"), "staff-subtitle");
        VBox content = new VBox(24, title, factsBox, action, actions, reprintTitle, slipsBox, exitRow);
        content.getStyleClass().add("staff-box");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("staff-scroll");
        scroll.setId("staff-panel");
        scroll.setMaxWidth(1200);
        return scroll;
    }

    private Button panelButton(String textKey, String id, Runnable action) {
        Button button = key(textKey, id, action);
        button.getStyleClass().setAll("button", "staff-action");
        button.setWrapText(true);
        return button;
    }

    private void showFacts(StaffModel.Facts facts) {
        factsBox.getChildren().clear();
        if (facts == null) {
            return;
        }
        fact("staff.kiosk", facts.kioskId(), "staff-kiosk-id");
        fact("staff.server", facts.server(), "staff-server");
        fact("staff.sync", facts.syncState(), "staff-sync-state");
        fact("staff.cursor", facts.cursor(), "staff-cursor");
        fact("staff.vacancies", Integer.toString(facts.vacancies()), "staff-vacancies");
        fact("staff.outbox", Integer.toString(facts.outboxPending()), "staff-outbox");
        fact("staff.printer", facts.printer(), "staff-printer");
        fact("staff.version", facts.version(), "staff-version");
    }

    private void fact(String captionKey, String value, String id) {
        Label caption = Labels.wrapped(messages.text(captionKey), "staff-fact-caption");
        caption.setMinWidth(300);
        caption.setPrefWidth(300);
        caption.setMaxWidth(300);
        Label shown = Labels.wrapped(value, "staff-fact-value");
        shown.setId(id);
        shown.setMinWidth(0);
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox row = new HBox(16, caption, shown);
        factsBox.getChildren().add(row);
    }

    private void showSlips() {
        slipsBox.getChildren().clear();
        if (model.slips().isEmpty()) {
            slipsBox.getChildren().add(Labels.wrapped(messages.binding("staff.reprint.none"), "staff-fact-value"));
            return;
        }
        for (StaffModel.Slip slip : model.slips()) {
            Label label = Labels.wrapped(slip.label(), "staff-fact-value");
            label.setMinWidth(0);
            HBox.setHgrow(label, Priority.ALWAYS);
            Button reprint = panelButton("staff.reprint", "staff-reprint-" + slip.slipId(), () -> model.reprint(slip.slipId()));
            reprint.getStyleClass().add("staff-reprint");
            reprint.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(16, label, reprint);
            row.setAlignment(Pos.CENTER_LEFT);
            slipsBox.getChildren().add(row);
        }
    }
}
