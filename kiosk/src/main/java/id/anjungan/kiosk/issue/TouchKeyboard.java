package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * An on-screen keyboard for a kiosk without a real one, typing into the field last touched: letters
 * for the name (each word starts with a capital by itself), a number pad for the phone. Its keys
 * never take the focus away from the field.
 */
public final class TouchKeyboard extends StackPane {
    private static final String[] LETTER_ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-."};
    private static final String[] DIGIT_ROWS = {"123", "456", "789", "+0"};

    private final ObjectProperty<TextInputControl> target = new SimpleObjectProperty<>();
    private final VBox letters;
    private final GridPane digits;
    private final HBox lastLetterRow;

    public TouchKeyboard(Messages messages) {
        getStyleClass().add("touch-keyboard");
        letters = new VBox(10);
        for (String row : LETTER_ROWS) {
            HBox keys = new HBox(10);
            for (char key : row.toCharArray()) {
                keys.getChildren().add(key(String.valueOf(key), () -> typeLetter(key)));
            }
            letters.getChildren().add(keys);
        }
        Button space = key("", () -> type(" "));
        space.textProperty().bind(messages.binding("keyboard.space"));
        space.getStyleClass().add("wide-key");
        HBox.setHgrow(space, Priority.ALWAYS);
        Button delete = deleteKey(messages);
        HBox last = new HBox(10, space, delete);
        lastLetterRow = last;
        letters.getChildren().add(last);
        letters.setId("keyboard-letters");

        digits = new GridPane();
        digits.setHgap(12);
        digits.setVgap(12);
        for (int r = 0; r < DIGIT_ROWS.length; r++) {
            char[] row = DIGIT_ROWS[r].toCharArray();
            for (int c = 0; c < row.length; c++) {
                String key = String.valueOf(row[c]);
                Button button = key(key, () -> type(key));
                button.getStyleClass().add("digit-key");
                digits.add(button, c, r);
            }
        }
        Button digitDelete = deleteKey(messages);
        digitDelete.getStyleClass().add("digit-key");
        digits.add(digitDelete, 2, 3);
        digits.setId("keyboard-digits");
        digits.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        getChildren().addAll(letters, digits);
        showLetters(true);
        target.addListener((observable, old, field) -> showLetters(field == null || !"phone".equals(field.getUserData())));
    }

    /** The field the keys type into; a field whose user data is "phone" gets the number pad. */
    public ObjectProperty<TextInputControl> targetProperty() {
        return target;
    }

    /**
     * Adds a key after the space bar and delete key of the letters, such as a search field's
     * "Hapus semua" and "Cari".
     */
    public Button addKey(ObservableValue<String> text, String id, Runnable action, String... styleClasses) {
        Button key = key("", action);
        key.textProperty().bind(text);
        key.setId(id);
        key.getStyleClass().addAll(styleClasses);
        key.setPrefWidth(Region.USE_COMPUTED_SIZE);
        key.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(key, Priority.NEVER);
        lastLetterRow.getChildren().add(key);
        return key;
    }

    private void showLetters(boolean show) {
        letters.setVisible(show);
        letters.setManaged(show);
        digits.setVisible(!show);
        digits.setManaged(!show);
    }

    private Button key(String text, Runnable action) {
        Button key = new Button(text);
        key.getStyleClass().add("key");
        key.setFocusTraversable(false);
        key.setMaxWidth(Double.MAX_VALUE);
        key.setMinWidth(0);
        key.setPrefWidth(0);
        HBox.setHgrow(key, Priority.ALWAYS);
        key.setOnAction(event -> action.run());
        return key;
    }

    private Button deleteKey(Messages messages) {
        Button delete = key("", this::deleteBack);
        delete.textProperty().bind(messages.binding("keyboard.delete"));
        delete.getStyleClass().add("delete-key");
        return delete;
    }

    /** A letter, capital at the start of a word. */
    private void typeLetter(char key) {
        TextInputControl field = target.get();
        if (field == null) {
            return;
        }
        if (!Character.isLetter(key)) {
            type(String.valueOf(key));
            return;
        }
        int caret = field.getCaretPosition();
        boolean wordStart = caret == 0 || Character.isWhitespace(field.getText().charAt(caret - 1));
        type(String.valueOf(wordStart ? Character.toUpperCase(key) : Character.toLowerCase(key)));
    }

    private void type(String text) {
        TextInputControl field = target.get();
        if (field != null) {
            field.insertText(field.getCaretPosition(), text);
        }
    }

    private void deleteBack() {
        TextInputControl field = target.get();
        if (field != null) {
            if (field.getSelectedText().isEmpty()) {
                field.deletePreviousChar();
            } else {
                field.replaceSelection("");
            }
        }
    }
}
