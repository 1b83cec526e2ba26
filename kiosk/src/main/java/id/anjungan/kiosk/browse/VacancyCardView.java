package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.TradeIcons;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One vacancy in the list: trade picture, title, employer, place, pay, deadline and openings.
 * Made once per place in the list's rows and shown again with another vacancy as the list scrolls
 * or the job seeker types ({@link #show}).
 */
final class VacancyCardView extends HBox {
    static final double CAPTION_WIDTH = 190;

    private final Node badge = TradeIcons.badge("", 96);
    private final Label title = Labels.wrapped("", "card-title");
    private final Label employer = Labels.wrapped("", "card-employer");
    private final Label place;
    private final Label pay;
    private final Label deadline;
    private final Label openings;
    private VacancyCard card;

    VacancyCardView(Messages messages, Consumer<String> open) {
        getStyleClass().add("vacancy-card");
        setAlignment(Pos.TOP_LEFT);

        HBox placeFact = fact(messages, "fact.place");
        HBox payFact = fact(messages, "fact.pay");
        HBox deadlineFact = fact(messages, "fact.deadline");
        HBox openingsFact = fact(messages, "fact.openings");
        place = value(placeFact);
        pay = value(payFact);
        deadline = value(deadlineFact);
        openings = value(openingsFact);
        VBox facts = new VBox(6, placeFact, payFact, deadlineFact, openingsFact);
        facts.setPadding(new Insets(8, 0, 0, 0));
        VBox text = new VBox(8, title, employer, facts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(badge, text);

        // A tap opens the card; a drag scrolls the list and does not.
        setOnMouseClicked(event -> {
            if (event.isStillSincePress() && card != null) {
                open.accept(card.vacancyId());
            }
        });
    }

    /** Shows this vacancy; its id becomes the node's user data. */
    void show(VacancyCard shown) {
        if (shown.equals(card)) {
            return;
        }
        card = shown;
        setUserData(shown.vacancyId());
        TradeIcons.showTrade(badge, shown.tradeId());
        title.setText(shown.title());
        employer.setText(shown.employer());
        place.setText(shown.place());
        pay.setText(shown.pay());
        deadline.setText(shown.deadline());
        openings.setText(shown.openings());
    }

    private static HBox fact(Messages messages, String caption) {
        return Labels.fact(messages.binding(caption), "", CAPTION_WIDTH);
    }

    /** The label showing a fact's value: the second in its row. */
    private static Label value(HBox fact) {
        return (Label) fact.getChildren().get(1);
    }
}
