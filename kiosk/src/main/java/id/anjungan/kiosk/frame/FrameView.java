package id.anjungan.kiosk.frame;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.theme.Labels;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The same frame on every screen: a top bar with the centre's name, the online state and the
 * data age; the screen itself; a bottom bar with Kembali, Beranda, Bahasa and Bantuan always in
 * the same places; and the help overlay above it all.
 */
public final class FrameView extends StackPane {
    private HBox bottomBar;
    private final FrameModel model;
    private final Messages messages;
    private final StackPane content = new StackPane();

    public FrameView(FrameModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("kiosk-frame");

        BorderPane frame = new BorderPane(content, topBar(), null, bottomBar(), null);
        Node help = helpOverlay();
        getChildren().addAll(frame, help);
    }

    /** Puts a screen inside the frame. */
    public void show(Node screen) {
        content.getChildren().setAll(screen);
    }

    private Node topBar() {
        Label centre = Labels.wrapped(model.centreNameProperty(), "centre-name");
        centre.setId("centre-name");
        Label app = Labels.wrapped(messages.binding("app.title"), "app-name");
        VBox left = new VBox(2, centre, app);
        // The centre's name takes what the state on the right leaves over.
        left.setMinWidth(0);
        left.setPrefWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label state = Labels.wrapped(model.connectionTextProperty(), "connection-state");
        state.setId("connection-state");
        state.setMaxWidth(Region.USE_PREF_SIZE);
        state.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        model.connectionStateProperty().addListener((observable, old, now) -> styleState(state, now));
        styleState(state, model.connectionStateProperty().getValue());
        Label age = Labels.wrapped(model.dataAgeTextProperty(), "data-age");
        age.setId("data-age");
        age.setMaxWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(6, state, age);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(0);

        HBox bar = new HBox(left, right);
        // On a narrow (portrait) screen the state may wrap rather than squeeze the centre's name.
        right.maxWidthProperty().bind(bar.widthProperty().multiply(0.45));
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void styleState(Label state, ConnectionState connection) {
        state.getStyleClass().removeAll("online", "offline", "connecting");
        state.getStyleClass().add(connection.name().toLowerCase());
    }

    /** Adds buttons at the end of the bottom bar, such as text size and contrast. */
    public void addToBottomBar(Node... buttons) {
        bottomBar.getChildren().addAll(buttons);
    }

    private Node bottomBar() {
        Button back = navButton("frame.back", "back-button", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        HBox bar = new HBox(
                back,
                navButton("frame.home", "home-button", model::home),
                navButton("frame.language", "language-button", model::switchLanguage),
                navButton("frame.help", "help-button", model::showHelp));
        bar.getStyleClass().add("bottom-bar");
        bottomBar = bar;
        return bar;
    }

    private Button navButton(String textKey, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(messages.binding(textKey));
        button.setId(id);
        button.getStyleClass().add("nav-button");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setPrefWidth(0);
        button.setMinWidth(0);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private Node helpOverlay() {
        VBox panel = new VBox(
                Labels.wrapped(messages.binding("help.title"), "help-title"),
                Labels.wrapped(messages.binding("help.open"), "help-line"),
                Labels.wrapped(messages.binding("help.scroll"), "help-line"),
                Labels.wrapped(messages.binding("help.back"), "help-line"),
                Labels.wrapped(messages.binding("help.language"), "help-line"),
                Labels.wrapped(messages.binding("help.staff"), "help-line"),
                closeButton());
        panel.getStyleClass().add("help-panel");
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        // At the largest text the help is taller than a landscape screen: it scrolls by dragging.
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(panel);
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("help-scroller");
        scroller.setMaxWidth(Region.USE_PREF_SIZE);
        scroller.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane scrim = new StackPane(scroller);
        scrim.getStyleClass().add("help-scrim");
        scrim.setId("help-overlay");
        scrim.visibleProperty().bind(model.helpShownProperty());
        // Hidden, it must not size the frame: at the largest text its panel is taller than a
        // landscape screen, and the frame would grow past the window, top and bottom bars with it.
        scrim.managedProperty().bind(scrim.visibleProperty());
        scrim.setOnMouseClicked(event -> {
            if (event.getTarget() == scrim) {
                model.hideHelp();
            }
        });
        return scrim;
    }

    private Node closeButton() {
        Button close = new Button();
        close.textProperty().bind(messages.binding("help.close"));
        close.getStyleClass().add("primary-button");
        close.setId("help-close");
        close.setOnAction(event -> model.hideHelp());
        HBox row = new HBox(close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
