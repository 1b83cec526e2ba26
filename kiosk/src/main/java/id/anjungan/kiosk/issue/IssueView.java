package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.PrinterIcon;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The issue screen, drawn from {@link IssueModel}: the form (what the slip is for, the consent
 * line, name and phone with an on-screen keyboard), the printer at work, and the result (a check
 * mark and the slip itself, or what went wrong). The screen's actions stand in a bar at the bottom,
 * where the detail screen has its print button: "Cetak tanpa nama" and "Cetak", later "Selesai".
 * Side by side on a wide screen, one above the other on a tall one.
 */
public final class IssueView extends StackPane {
    /** Width from which form and keyboard, or result and slip, stand side by side. */
    private static final double SIDE_BY_SIDE_FROM = 1500;
    private static final double KEYBOARD_WIDTH = 800;
    private static final double RESULT_TEXT_WIDTH = 900;
    private static final double PRINTER_SCALE = 1.5;
    /** The result's padding and the picture card's frame, around the slip picture. */
    private static final double PICTURE_MARGIN = 100;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final IssueModel model;
    private final Messages messages;
    private final TextField nameField = new TextField();
    private final TextField phoneField = new TextField();
    private final TouchKeyboard keyboard;
    private final IssuePictures.PrinterAnimation printer = new IssuePictures.PrinterAnimation();
    private final ImageView slipPicture = new ImageView();
    private final StackPane resultIcon = new StackPane();
    private final VBox formColumn;
    private final VBox resultColumn;
    private final StackPane pictureCard;
    private final ScrollPane formScroll = scrolling();
    private final ScrollPane resultScroll = scrolling();
    private final Node formPane;
    private final Node printingPane;
    private final Node resultPane;
    private boolean wide;

    public IssueView(IssueModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("screen", "issue-screen");
        keyboard = new TouchKeyboard(messages);
        keyboard.setMaxHeight(Region.USE_PREF_SIZE);

        formColumn = formColumn();
        formPane = new BorderPane(formScroll, null, null, actionBar(
                button("issue.printWithoutName", "issue-print-without-name", "secondary-button", model::printWithoutName),
                printButton()), null);
        printingPane = printingPane();
        resultColumn = resultColumn();
        pictureCard = pictureCard();
        resultPane = new BorderPane(resultScroll, null, null,
                actionBar(button("issue.done", "issue-done", "primary-button", model::finish)), null);
        getChildren().addAll(formPane, printingPane, resultPane);

        widthProperty().addListener((observable, old, width) -> {
            if ((width.doubleValue() >= SIDE_BY_SIDE_FROM) != wide) {
                arrange();
            }
        });
        resultScroll.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if (old == null || Math.abs(old.getHeight() - bounds.getHeight()) > 1) {
                fitPicture();
            }
        });
        model.stepProperty().addListener((observable, old, step) -> showStep(step));
        model.slipPictureProperty().addListener((observable, old, path) -> showPicture(path));
        arrange();
        showStep(model.stepProperty().get());
        showPicture(model.slipPictureProperty().get());
    }

    private VBox formColumn() {
        Label title = Labels.wrapped(messages.binding("issue.title"), "issue-title");
        Label vacancy = Labels.wrapped(model.vacancyTitleProperty(), "issue-vacancy");
        vacancy.setId("issue-vacancy");
        Label employer = Labels.wrapped(model.employerNameProperty(), "issue-employer");
        Label consent = Labels.wrapped(model.consentProperty(), "issue-consent");
        consent.setId("issue-consent");

        field(nameField, "issue-name", IssueModel.MAX_NAME, "issue.name.prompt");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        field(phoneField, "issue-phone", IssueModel.MAX_PHONE, "issue.phone.prompt");
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        phoneField.setUserData("phone");
        phoneField.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                model.phoneFieldLeft();
            }
        });
        nameField.setOnAction(event -> phoneField.requestFocus());
        phoneField.setOnAction(event -> model.print());
        Label phoneError = Labels.wrapped(model.phoneErrorProperty(), "issue-error");
        phoneError.setId("issue-phone-error");
        phoneError.visibleProperty().bind(model.phoneErrorProperty().isNotEmpty());
        phoneError.managedProperty().bind(phoneError.visibleProperty());
        model.phoneErrorProperty().addListener((observable, old, error) -> {
            phoneField.pseudoClassStateChanged(INVALID, !error.isEmpty());
            if (!error.isEmpty() && old.isEmpty()) {
                Platform.runLater(() -> bringIntoView(phoneError));
            }
        });

        VBox column = new VBox(new VBox(2, title, vacancy, employer), consent,
                labelled("issue.name", nameField), new VBox(8, labelled("issue.phone", phoneField), phoneError));
        column.getStyleClass().add("issue-column");
        return column;
    }

    /** Scrolls the form just enough that the node is wholly in view (a message below the fold, say). */
    private void bringIntoView(Node node) {
        Node content = formScroll.getContent();
        double viewport = formScroll.getViewportBounds().getHeight();
        double overflow = content.getLayoutBounds().getHeight() - viewport;
        if (overflow <= 0) {
            return;
        }
        double bottom = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxY();
        double top = formScroll.getVvalue() * overflow;
        if (bottom > top + viewport) {
            formScroll.setVvalue(Math.min(1, (bottom - viewport + 16) / overflow));
        }
    }

    private Button printButton() {
        Button print = button("issue.print", "issue-print", "primary-button", model::print);
        print.setGraphic(PrinterIcon.small());
        return print;
    }

    private void field(TextField field, String id, int maxLength, String promptKey) {
        field.setId(id);
        field.getStyleClass().add("issue-field");
        field.promptTextProperty().bind(messages.binding(promptKey));
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= maxLength ? change : null));
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                keyboard.targetProperty().set(field);
            }
        });
    }

    private Node labelled(String captionKey, TextInputControl field) {
        Label caption = Labels.wrapped(messages.binding(captionKey), "issue-caption");
        caption.setLabelFor(field);
        return new VBox(6, caption, field);
    }

    private Node printingPane() {
        Label printing = Labels.wrapped(messages.binding("issue.printing"), "issue-status");
        printing.setId("issue-printing");
        printing.setMaxWidth(Region.USE_PREF_SIZE);
        printer.setScaleX(PRINTER_SCALE);
        printer.setScaleY(PRINTER_SCALE);
        VBox pane = new VBox(40, new javafx.scene.Group(printer), printing);
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add("issue-printing");
        return pane;
    }

    private VBox resultColumn() {
        Label title = Labels.wrapped(model.resultTitleProperty(), "issue-result-title");
        title.setId("issue-result-title");
        Label detail = Labels.wrapped(model.resultDetailProperty(), "issue-result-detail");
        detail.setId("issue-result-detail");
        Label code = Labels.wrapped(model.resultCodeProperty(), "issue-result-code");
        code.setId("issue-result-code");
        code.visibleProperty().bind(model.resultCodeProperty().isNotEmpty());
        code.managedProperty().bind(code.visibleProperty());
        resultIcon.setAlignment(Pos.CENTER_LEFT);
        VBox column = new VBox(28, resultIcon, title, detail, code);
        column.getStyleClass().add("issue-column");
        return column;
    }

    private StackPane pictureCard() {
        slipPicture.setId("issue-slip-picture");
        slipPicture.setPreserveRatio(true);
        slipPicture.setSmooth(true);
        StackPane card = new StackPane(slipPicture);
        card.getStyleClass().add("slip-picture-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }

    private static Node actionBar(Button... buttons) {
        HBox bar = new HBox(24, buttons);
        bar.getStyleClass().add("issue-action-bar");
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private Button button(String textKey, String id, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.binding(textKey));
        button.getStyleClass().add(styleClass);
        button.setWrapText(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ScrollPane scrolling() {
        ScrollPane pane = new ScrollPane();
        pane.setFitToWidth(true);
        pane.setPannable(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return pane;
    }

    /** Side by side on a wide screen, stacked on a tall one. */
    private void arrange() {
        wide = getWidth() >= SIDE_BY_SIDE_FROM;
        formColumn.setMinWidth(0);
        HBox.setHgrow(formColumn, Priority.ALWAYS);
        Pane form;
        if (wide) {
            keyboard.setMinWidth(KEYBOARD_WIDTH);
            keyboard.setPrefWidth(KEYBOARD_WIDTH);
            keyboard.setMaxWidth(KEYBOARD_WIDTH);
            HBox row = new HBox(48, formColumn, keyboard);
            row.setAlignment(Pos.TOP_LEFT);
            form = row;
        } else {
            keyboard.setMinWidth(0);
            keyboard.setPrefWidth(Region.USE_COMPUTED_SIZE);
            keyboard.setMaxWidth(Double.MAX_VALUE);
            form = new VBox(36, formColumn, keyboard);
        }
        form.getStyleClass().add("issue-form");
        formScroll.setContent(form);

        resultColumn.setMinWidth(0);
        resultColumn.setMaxWidth(wide ? RESULT_TEXT_WIDTH : Double.MAX_VALUE);
        HBox.setHgrow(resultColumn, Priority.ALWAYS);
        Pane result;
        if (wide) {
            HBox row = new HBox(80, resultColumn, pictureCard);
            row.setAlignment(Pos.TOP_CENTER);
            result = row;
        } else {
            VBox column = new VBox(40, resultColumn, pictureCard);
            column.setAlignment(Pos.TOP_CENTER);
            result = column;
        }
        result.getStyleClass().add("issue-result");
        resultScroll.setContent(result);
        fitPicture();
    }

    /**
     * On a wide screen the slip stands beside the text, as tall as the screen allows; on a tall one
     * it stands below the text at a fixed height.
     */
    private void fitPicture() {
        double viewport = resultScroll.getViewportBounds().getHeight();
        slipPicture.setFitHeight(wide && viewport > 0 ? Math.max(360, viewport - PICTURE_MARGIN) : 860);
    }

    private void showStep(IssueModel.Step step) {
        boolean result = step != IssueModel.Step.FORM && step != IssueModel.Step.PRINTING;
        formPane.setVisible(step == IssueModel.Step.FORM);
        printingPane.setVisible(step == IssueModel.Step.PRINTING);
        resultPane.setVisible(result);
        if (step == IssueModel.Step.PRINTING) {
            printer.play();
        } else {
            printer.stop();
        }
        if (result) {
            resultIcon.getChildren().setAll(step == IssueModel.Step.PRINTED
                    ? IssuePictures.checkMark(150) : IssuePictures.warning(150));
            resultScroll.setVvalue(0);
        }
        if (step == IssueModel.Step.FORM) {
            formScroll.setVvalue(0);
            keyboard.targetProperty().set(nameField);
            Platform.runLater(nameField::requestFocus); // for a real keyboard; the on-screen one types there anyway
        }
    }

    private void showPicture(Path path) {
        slipPicture.setImage(path == null ? null : new Image(path.toUri().toString(), false));
        boolean shown = slipPicture.getImage() != null && !slipPicture.getImage().isError();
        pictureCard.setVisible(shown);
        pictureCard.setManaged(shown);
    }
}
