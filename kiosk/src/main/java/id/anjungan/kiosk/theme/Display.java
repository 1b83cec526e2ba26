package id.anjungan.kiosk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import id.anjungan.kiosk.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.layout.Region;

/**
 * How a job seeker wants the screen: text size (normal, large, larger) and high contrast. Applies
 * itself to a scene's stylesheets: {@code kiosk.css} with every font size scaled, then
 * {@code kiosk-contrast.css} over it when high contrast is on.
 */
public final class Display {
    private static final Pattern FONT_SIZE = Pattern.compile("(-fx-font-size:\\s*)(\\d+(?:\\.\\d+)?)px");
    private static final Map<TextSize, String> SCALED = new ConcurrentHashMap<>();

    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** The "Aa" button. */
    public void nextTextSize() {
        textSize.set(textSize.get().next());
    }

    public void toggleContrast() {
        highContrast.set(!highContrast.get());
    }

    /** Back to normal text and colours for the next job seeker. */
    public void reset() {
        textSize.set(TextSize.NORMAL);
        highContrast.set(false);
    }

    /**
     * The bottom bar's "Aa" button (text size, the next step shown by its size) and contrast
     * button, finger-sized like the others.
     */
    public List<Button> buttons(Messages messages) {
        Button size = new Button();
        size.setId("text-size-button");
        size.textProperty().bind(messages.binding("display.textSize"));
        size.setOnAction(event -> nextTextSize());
        Button contrast = new Button();
        contrast.setId("contrast-button");
        // A half-black, half-white disc: the usual sign for contrast, narrow enough for a portrait bar.
        Circle disc = new Circle(18);
        disc.getStyleClass().add("contrast-disc");
        Arc half = new Arc(0, 0, 18, 18, 90, 180);
        half.setType(ArcType.ROUND);
        half.getStyleClass().add("contrast-half");
        contrast.setGraphic(new StackPane(disc, half));
        contrast.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        contrast.textProperty().bind(messages.binding("display.contrast"));
        contrast.accessibleTextProperty().bind(messages.binding("display.contrast"));
        contrast.setOnAction(event -> toggleContrast());
        for (Button button : List.of(size, contrast)) {
            button.getStyleClass().addAll("nav-button", "display-button");
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        return List.of(size, contrast);
    }

    /** Styles the scene now and whenever the choice changes. */
    public void apply(Scene scene) {
        restyle(scene);
        textSize.addListener((observable, old, size) -> restyle(scene));
        highContrast.addListener((observable, old, on) -> restyle(scene));
    }

    private void restyle(Scene scene) {
        List<String> sheets = new ArrayList<>();
        sheets.add(stylesheet(textSize.get()));
        if (highContrast.get()) {
            sheets.add(Objects.requireNonNull(Theme.class.getResource("kiosk-contrast.css"), "kiosk-contrast.css")
                    .toExternalForm());
        }
        scene.getStylesheets().setAll(sheets);
    }

    /** The theme with its font sizes scaled, as a data URI; the plain file at normal size. */
    static String stylesheet(TextSize size) {
        if (size == TextSize.NORMAL) {
            return Theme.stylesheet();
        }
        return SCALED.computeIfAbsent(size, Display::scaled);
    }

    private static String scaled(TextSize size) {
        String css;
        try (InputStream in = Objects.requireNonNull(Theme.class.getResourceAsStream("kiosk.css"))) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        // The bottom bar's buttons keep their size: they are large already, and six of them share a
        // portrait screen's width, where larger words would break in the middle.
        for (String rule : css.split("(?<=})")) {
            String selector = rule.contains("{") ? rule.substring(0, rule.indexOf('{')) : "";
            // So do the on-screen keyboard's keys (28 px letters on 76 px keys), or the keyboard
            // and the list above it would not both fit a landscape screen at the largest text.
            if (selector.contains("nav-button") || selector.contains("key")) {
                out.append(rule);
                continue;
            }
            Matcher matcher = FONT_SIZE.matcher(rule);
            while (matcher.find()) {
                double px = Double.parseDouble(matcher.group(2)) * size.factor();
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + Math.round(px) + "px"));
            }
            matcher.appendTail(out);
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
