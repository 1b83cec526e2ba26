package id.anjungan.kiosk.attract;

import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The attract screen over the whole window while the kiosk is idle. A touch anywhere but on the
 * language buttons opens the list; the newest vacancies take turns every few seconds. Whoever
 * places it decides when it is visible (the model's shown state, not while staff enrol the kiosk).
 */
public final class AttractView extends StackPane {
    /** How long each of the newest vacancies stays on screen. */
    public static final Duration TURN = Duration.seconds(5);

    private final AttractModel model;
    private final Messages messages;
    private final Timeline rotation;
    private final FlowPane languages = new FlowPane(24, 24);

    public AttractView(AttractModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("attract-screen");
        setId("attract-screen");

        Label centre = Labels.wrapped(model.centreNameProperty(), "attract-centre");
        centre.setId("attract-centre");
        Label touch = Labels.wrapped(messages.binding("attract.touch"), "attract-touch");
        touch.setId("attract-touch");
        Label count = Labels.wrapped(model.countTextProperty(), "attract-count");
        count.setId("attract-count");

        Label newestCaption = Labels.wrapped(messages.binding("attract.newest"), "attract-newest-caption");
        Label title = Labels.wrapped(model.teaserTitleProperty(), "attract-teaser-title");
        title.setId("attract-teaser-title");
        Label employer = Labels.wrapped(model.teaserEmployerProperty(), "attract-teaser-line");
        employer.setId("attract-teaser-employer");
        Label place = Labels.wrapped(model.teaserPlaceProperty(), "attract-teaser-line");
        place.setId("attract-teaser-place");
        VBox teaser = new VBox(8, newestCaption, title, employer, place);
        teaser.getStyleClass().add("attract-teaser");
        teaser.setMaxWidth(1200);
        teaser.setMaxHeight(Region.USE_PREF_SIZE);
        FadeTransition fade = new FadeTransition(Duration.millis(400), teaser);
        fade.setFromValue(0.2);
        fade.setToValue(1);

        languages.setAlignment(Pos.CENTER);
        languages.getStyleClass().add("attract-languages");
        languages.setId("attract-languages");
        for (Language language : model.languages()) {
            languages.getChildren().add(languageButton(language));
        }

        Label age = Labels.wrapped(model.dataAgeTextProperty(), "attract-age");
        age.setId("attract-age");

        for (Label label : new Label[] {centre, touch, count, age}) {
            label.setTextAlignment(TextAlignment.CENTER);
            label.setAlignment(Pos.CENTER);
        }
        Region above = new Region();
        Region below = new Region();
        VBox.setVgrow(above, Priority.ALWAYS);
        VBox.setVgrow(below, Priority.ALWAYS);
        VBox column = new VBox(32, centre, above, touch, count, teaser, below, languages, age);
        column.setAlignment(Pos.CENTER);
        column.getStyleClass().add("attract-column");
        getChildren().add(column);

        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (!inside(event.getPickResult().getIntersectedNode(), languages)) {
                model.start();
            }
        });

        rotation = new Timeline(new KeyFrame(TURN, event -> {
            model.next();
            fade.playFromStart();
        }));
        rotation.setCycleCount(Animation.INDEFINITE);
        model.shownProperty().addListener((observable, old, shown) -> play(shown));
        play(model.shownProperty().get());
    }

    private void play(boolean shown) {
        if (shown) {
            rotation.playFromStart();
        } else {
            rotation.stop();
        }
    }

    private Button languageButton(Language language) {
        String key = "attract.language." + language.code();
        Button button = new Button(messages.has(key) ? messages.text(key) : language.code().toUpperCase());
        button.setId("attract-language-" + language.code());
        button.getStyleClass().add("attract-language-button");
        button.setFocusTraversable(false);
        button.setOnAction(event -> model.choose(language));
        Runnable mark = () -> button.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("chosen"), messages.language() == language);
        messages.languageProperty().addListener((observable, old, now) -> mark.run());
        mark.run();
        return button;
    }

    private static boolean inside(Node node, Node parent) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }
}
