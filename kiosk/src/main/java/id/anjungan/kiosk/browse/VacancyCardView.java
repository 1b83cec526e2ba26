package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.TradeIcons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One vacancy in the list: trade picture, title, employer, place, pay, deadline and openings. */
final class VacancyCardView extends HBox {
    static final double CAPTION_WIDTH = 190;

    VacancyCardView(VacancyCard card, Messages messages, Runnable open) {
        getStyleClass().add("vacancy-card");
        setUserData(card.vacancyId());
        setAlignment(Pos.TOP_LEFT);

        VBox text = new VBox(8,
                Labels.wrapped(card.title(), "card-title"),
                Labels.wrapped(card.employer(), "card-employer"),
                facts(card, messages));
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(TradeIcons.badge(card.tradeId(), 96), text);

        // A tap opens the card; a drag scrolls the list and does not.
        setOnMouseClicked(event -> {
            if (event.isStillSincePress()) {
                open.run();
            }
        });
    }

    private static VBox facts(VacancyCard card, Messages messages) {
        VBox facts = new VBox(6,
                Labels.fact(messages.binding("fact.place"), card.place(), CAPTION_WIDTH),
                Labels.fact(messages.binding("fact.pay"), card.pay(), CAPTION_WIDTH),
                Labels.fact(messages.binding("fact.deadline"), card.deadline(), CAPTION_WIDTH),
                Labels.fact(messages.binding("fact.openings"), card.openings(), CAPTION_WIDTH));
        facts.setPadding(new Insets(8, 0, 0, 0));
        return facts;
    }
}
