package id.anjungan.kiosk.detail;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.PrinterIcon;
import id.anjungan.kiosk.theme.SpeakerIcon;
import id.anjungan.kiosk.theme.TradeIcons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One vacancy in full: header with trade picture, title and employer; the key facts; then
 * requirements, skills, how to apply and the description. All text wraps; the screen scrolls
 * by dragging with a finger.
 */
public final class DetailView extends StackPane {
    private final javafx.scene.control.Label withdrawnNotice;
    private static final double CAPTION_WIDTH = 240;
    /** Viewport width from which the sections stand in two columns. */
    private static final double TWO_COLUMNS_FROM = 1500;
    private static final double COLUMN_GAP = 32;

    private final Messages messages;
    private final VBox content = new VBox();
    private final ScrollPane scrollPane = new ScrollPane(content);
    private Parts shown;
    private Node phoneSection;
    private boolean wide;

    public DetailView(DetailModel model, Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("screen", "detail");
        content.getStyleClass().add("detail-content");
        scrollPane.setFitToWidth(true);
        scrollPane.setPannable(true);
        scrollPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().add(new BorderPane(scrollPane, null, null, printBar(model), null));

        scrollPane.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if ((bounds.getWidth() >= TWO_COLUMNS_FROM) != wide) {
                arrange();
            }
        });
        withdrawnNotice = Labels.wrapped(messages.binding("detail.withdrawn"), "withdrawn-notice");
        withdrawnNotice.setId("withdrawn-notice");
        withdrawnNotice.visibleProperty().bind(model.withdrawnProperty());
        withdrawnNotice.managedProperty().bind(model.withdrawnProperty());
        model.phoneLinkProperty().addListener((observable, old, link) -> {
            phoneSection = link == null ? null : phoneSection(link);
            arrange();
        });
        model.detailsProperty().addListener((observable, old, details) -> show(details));
        show(model.detailsProperty().get());
    }

    /**
     * The screen's one primary action, always in view below the text: "Cetak slip rujukan". Once
     * the vacancy has closed the button is disabled and a line beside it says why.
     */
    private Node printBar(DetailModel model) {
        Button print = new Button();
        print.setId("print-slip-button");
        print.textProperty().bind(messages.binding("detail.printSlip"));
        print.getStyleClass().addAll("primary-button", "print-slip-button");
        print.setGraphic(PrinterIcon.small());
        print.setWrapText(true);
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(model.canPrintSlipProperty().not());
        print.setOnAction(event -> model.printSlip());

        Label closed = Labels.wrapped(messages.binding("detail.printSlip.closed"), "print-slip-closed");
        closed.setId("print-slip-closed");
        closed.visibleProperty().bind(model.withdrawnProperty());
        closed.managedProperty().bind(model.withdrawnProperty());
        closed.setMinWidth(0);
        HBox.setHgrow(closed, Priority.ALWAYS);

        Label hint = Labels.wrapped(messages.binding("detail.printSlip.hint"), "print-slip-hint");
        hint.setId("print-slip-hint");
        hint.visibleProperty().bind(model.withdrawnProperty().not());
        hint.managedProperty().bind(model.withdrawnProperty().not());
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);

        // One row on a wide screen; on a narrow (portrait) one the line stands above the buttons,
        // rather than squeezed into a column beside "Dengarkan" and the print button.
        HBox line = new HBox(hint, closed);
        line.setMinWidth(0);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox buttons = new HBox(32, listenButton(model), print);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(32);
        row.setAlignment(Pos.CENTER_RIGHT);
        VBox bar = new VBox(20);
        bar.getStyleClass().add("print-slip-bar");
        bar.widthProperty().addListener((observable, old, width) -> {
            boolean wide = width.doubleValue() >= TWO_COLUMNS_FROM;
            if (wide && row.getChildren().isEmpty()) {
                row.getChildren().setAll(line, buttons);
                bar.getChildren().setAll(row);
            } else if (!wide && !row.getChildren().isEmpty() || bar.getChildren().isEmpty()) {
                row.getChildren().clear();
                bar.getChildren().setAll(line, buttons);
            }
        });
        bar.getChildren().setAll(line, buttons);
        bar.visibleProperty().bind(model.availableProperty());
        bar.managedProperty().bind(model.availableProperty());
        return bar;
    }

    /**
     * "Dengarkan" beside the print button: reads the vacancy aloud, "Berhenti" while it does.
     * Hidden, not disabled, where the kiosk has no speech engine.
     */
    private Node listenButton(DetailModel model) {
        Button listen = new Button();
        listen.setId("listen-button");
        listen.getStyleClass().addAll("secondary-button", "listen-button");
        listen.textProperty().bind(javafx.beans.binding.Bindings.when(model.readingProperty())
                .then(messages.binding("detail.listen.stop")).otherwise(messages.binding("detail.listen")));
        listen.graphicProperty().bind(javafx.beans.binding.Bindings.when(model.readingProperty())
                .then(SpeakerIcon.stop()).otherwise(SpeakerIcon.speaker()));
        listen.accessibleTextProperty().bind(messages.binding("detail.listen.hint"));
        listen.setMinWidth(Region.USE_PREF_SIZE);
        listen.visibleProperty().bind(model.canReadAloudProperty());
        listen.managedProperty().bind(model.canReadAloudProperty());
        listen.setOnAction(event -> model.toggleReading());
        return listen;
    }

    private void show(VacancyDetails details) {
        boolean sameVacancy = details != null && details.vacancyId().equals(content.getUserData());
        shown = details == null ? null : new Parts(details);
        content.setUserData(details == null ? null : details.vacancyId());
        arrange();
        if (!sameVacancy) {
            scrollPane.setVvalue(0);
        }
    }

    /** Two columns on a wide screen, one on a tall one. */
    private void arrange() {
        if (shown == null) {
            content.getChildren().setAll(Labels.wrapped(messages.text("detail.unavailable"), "screen-title"));
            return;
        }
        wide = scrollPane.getViewportBounds().getWidth() >= TWO_COLUMNS_FROM;
        if (wide) {
            VBox left = column(shown.facts, shown.howToApply);
            VBox right = column(shown.requirements, shown.skills, phoneSection, shown.description);
            HBox columns = new HBox(COLUMN_GAP, left, right);
            content.getChildren().setAll(withdrawnNotice, shown.header, columns);
        } else {
            content.getChildren().setAll(withdrawnNotice, shown.header, column(shown.facts, shown.requirements,
                    shown.skills, shown.howToApply, phoneSection, shown.description));
        }
    }

    private static VBox column(Node... sections) {
        VBox column = new VBox(COLUMN_GAP);
        for (Node section : sections) {
            if (section != null) {
                column.getChildren().add(section);
            }
        }
        column.setMinWidth(0);
        column.setPrefWidth(0);
        column.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    /** The sections of one vacancy; absent ones are null. */
    private final class Parts {
        final Node header;
        final Node facts;
        final Node requirements;
        final Node skills;
        final Node howToApply;
        final Node description;

        Parts(VacancyDetails details) {
            header = header(details);
            VBox factList = new VBox(12,
                    fact("fact.place", details.place()),
                    fact("fact.address", details.address()),
                    fact("fact.pay", details.pay()),
                    fact("fact.openings", details.openings()),
                    fact("fact.deadline", details.deadline()),
                    fact("fact.employmentType", details.employmentType()),
                    fact("fact.workHours", details.workHours()),
                    fact("fact.posted", details.posted()));
            factList.getStyleClass().add("detail-section");
            facts = factList;

            VBox requirementList = section("detail.requirements");
            details.requirements().forEach(line -> requirementList.getChildren().add(bullet(line)));
            requirements = requirementList;

            if (details.skills().isEmpty()) {
                skills = null;
            } else {
                VBox skillList = section("detail.skills");
                details.skills().forEach(skill -> skillList.getChildren().add(bullet(skill)));
                skills = skillList;
            }

            VBox apply = section("detail.howToApply");
            addText(apply, details.howToApply());
            if (!details.intakeAddress().isEmpty()) {
                apply.getChildren().add(fact("detail.intake", details.intakeAddress()));
            }
            addText(apply, details.intakeInstructions());
            howToApply = apply;

            if (details.description().isBlank()) {
                description = null;
            } else {
                VBox about = section("detail.description");
                addText(about, details.description());
                description = about;
            }
        }
    }

    /** "Simpan ke HP": a QR code a phone camera opens as the vacancy's public page. */
    private Node phoneSection(String link) {
        VBox section = section("detail.phone");
        section.setId("phone-section");
        Label explanation = Labels.wrapped(messages.binding("detail.phone.explanation"), "detail-text");
        explanation.setMinWidth(0);
        HBox.setHgrow(explanation, Priority.ALWAYS);
        Node code = PhoneQr.of(link, 240);
        code.setId("phone-qr");
        code.setUserData(link);
        HBox row = new HBox(28, code, explanation);
        row.setAlignment(Pos.CENTER_LEFT);
        section.getChildren().add(row);
        return section;
    }

    private Node header(VacancyDetails details) {
        Label title = Labels.wrapped(details.title(), "detail-title");
        title.setId("detail-title");
        Label employer = Labels.wrapped(details.employer(), "detail-employer");
        employer.setId("detail-employer");
        VBox text = new VBox(8, title, employer, Labels.wrapped(details.trade(), "detail-trade"));
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(32, TradeIcons.badge(details.tradeId(), 128), text);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node fact(String captionKey, String value) {
        return Labels.fact(messages.binding(captionKey), value, CAPTION_WIDTH);
    }

    private VBox section(String titleKey) {
        VBox section = new VBox(Labels.wrapped(messages.text(titleKey), "section-title"));
        section.getStyleClass().add("detail-section");
        return section;
    }

    private static void addText(VBox section, String text) {
        if (!text.isBlank()) {
            section.getChildren().add(Labels.wrapped(text, "detail-text"));
        }
    }

    private static Node bullet(String text) {
        Label dot = new Label("\u2022");
        dot.getStyleClass().add("bullet");
        dot.setMinWidth(28);
        Label line = Labels.wrapped(text, "detail-text");
        line.setMinWidth(0);
        HBox.setHgrow(line, Priority.ALWAYS);
        return new HBox(8, dot, line);
    }
}
