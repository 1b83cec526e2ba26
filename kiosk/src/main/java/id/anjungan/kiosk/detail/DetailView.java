package id.anjungan.kiosk.detail;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.TradeIcons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One vacancy in full: header with trade picture, title and employer; the key facts; then
 * requirements, skills, how to apply and the description. All text wraps; the screen scrolls
 * by dragging with a finger.
 */
public final class DetailView extends StackPane {
    private static final double CAPTION_WIDTH = 240;

    private final Messages messages;
    private final VBox content = new VBox();
    private final ScrollPane scrollPane = new ScrollPane(content);

    public DetailView(DetailModel model, Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("screen", "detail");
        content.getStyleClass().add("detail-content");
        scrollPane.setFitToWidth(true);
        scrollPane.setPannable(true);
        scrollPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().add(scrollPane);

        model.detailsProperty().addListener((observable, old, details) -> show(details));
        show(model.detailsProperty().get());
    }

    private void show(VacancyDetails details) {
        boolean sameVacancy = details != null && content.getUserData() != null
                && content.getUserData().equals(details.vacancyId());
        content.getChildren().setAll(details == null ? List.of(unavailable()) : sections(details));
        content.setUserData(details == null ? null : details.vacancyId());
        if (!sameVacancy) {
            scrollPane.setVvalue(0);
        }
    }

    private Node unavailable() {
        return Labels.wrapped(messages.text("detail.unavailable"), "screen-title");
    }

    private List<Node> sections(VacancyDetails details) {
        VBox facts = new VBox(12,
                fact("fact.place", details.place()),
                fact("fact.address", details.address()),
                fact("fact.pay", details.pay()),
                fact("fact.openings", details.openings()),
                fact("fact.deadline", details.deadline()),
                fact("fact.employmentType", details.employmentType()),
                fact("fact.workHours", details.workHours()),
                fact("fact.posted", details.posted()));
        facts.getStyleClass().add("detail-section");

        VBox howToApply = section("detail.howToApply");
        addText(howToApply, details.howToApply());
        if (!details.intakeAddress().isEmpty()) {
            howToApply.getChildren().add(fact("detail.intake", details.intakeAddress()));
        }
        addText(howToApply, details.intakeInstructions());

        VBox requirements = section("detail.requirements");
        details.requirements().forEach(line -> requirements.getChildren().add(bullet(line)));

        List<Node> sections = new java.util.ArrayList<>(List.of(header(details), facts, requirements));
        if (!details.skills().isEmpty()) {
            VBox skills = section("detail.skills");
            details.skills().forEach(skill -> skills.getChildren().add(bullet(skill)));
            sections.add(skills);
        }
        sections.add(howToApply);
        if (!details.description().isBlank()) {
            VBox description = section("detail.description");
            addText(description, details.description());
            sections.add(description);
        }
        return sections;
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
