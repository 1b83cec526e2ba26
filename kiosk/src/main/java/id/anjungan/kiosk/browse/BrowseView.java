package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.issue.TouchKeyboard;
import id.anjungan.kiosk.theme.Labels;
import id.anjungan.kiosk.theme.TradeIcons;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The list of vacancy cards under a header with their count, a search field that opens an
 * on-screen keyboard, and rows of filter chips and orders. Scrolls by dragging with a finger;
 * two columns on a wide screen, one on a tall one.
 */
public final class BrowseView extends VBox {
    /** Narrowest a card may be before the list drops to fewer columns. */
    static final double MIN_CARD_WIDTH = 760;
    static final double GAP = 24;

    private final BrowseModel model;
    private final Messages messages;
    private final VBox rows = new VBox();
    private final java.util.Map<VacancyCard, Region> cardViews = new java.util.HashMap<>();
    private final ScrollPane scrollPane = new ScrollPane(rows);
    private final Label emptyNotice;
    private final TextField searchField = new TextField();
    private final TouchKeyboard keyboard;
    private final BooleanProperty keyboardShown = new SimpleBooleanProperty(false);
    private final HBox tradeChips = new HBox(12);
    private final HBox otherChips = new HBox(12);
    private int columns = 0;

    public BrowseView(BrowseModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("screen", "browse");

        Label title = Labels.wrapped(messages.binding("browse.title"), "screen-title");
        title.setMaxWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("vacancy-count");
        count.setId("vacancy-count");
        count.textProperty().bind(model.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, count);
        header.getStyleClass().add("screen-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        searchField.setId("search-field");
        searchField.getStyleClass().add("search-field");
        searchField.promptTextProperty().bind(messages.binding("browse.search.prompt"));
        searchField.setEditable(true);
        HBox.setHgrow(searchField, Priority.ALWAYS);
        searchField.setOnMousePressed(event -> keyboardShown.set(true));
        searchField.textProperty().addListener((observable, old, typed) -> model.search(typed));
        model.searchTextProperty().addListener((observable, old, text) -> {
            if (!text.equals(searchField.getText())) {
                searchField.setText(text);
            }
        });
        Button searchButton = new Button();
        searchButton.setId("search-button");
        searchButton.getStyleClass().add("search-button");
        searchButton.textProperty().bind(messages.binding("browse.search.button"));
        searchButton.setMinWidth(Region.USE_PREF_SIZE);
        searchButton.setOnAction(event -> keyboardShown.set(!keyboardShown.get()));
        HBox searchRow = new HBox(16, searchField, searchButton);
        searchRow.getStyleClass().add("search-row");
        searchRow.setAlignment(Pos.CENTER_LEFT);
        searchRow.setMinHeight(Region.USE_PREF_SIZE);

        VBox chipRows = new VBox(10, chipRow(tradeChips), chipRow(otherChips));
        chipRows.getStyleClass().add("chip-rows");
        // With the keyboard open only the trades stay, so some cards remain in view.
        Node otherRow = chipRows.getChildren().get(1);
        otherRow.visibleProperty().bind(keyboardShown.not());
        otherRow.managedProperty().bind(otherRow.visibleProperty());
        model.chips().addListener((ListChangeListener<FilterChip>) change -> layoutChips());
        model.sortProperty().addListener((observable, old, order) -> layoutChips());
        messages.languageProperty().addListener((observable, old, language) -> layoutChips());

        emptyNotice = Labels.wrapped(messages.binding("browse.empty"), "empty-notice");
        emptyNotice.visibleProperty().bind(model.countProperty().isEqualTo(0).and(model.noMatchProperty().not()));
        emptyNotice.managedProperty().bind(emptyNotice.visibleProperty());

        Label noMatch = Labels.wrapped(messages.binding("browse.noMatch"), "empty-notice");
        noMatch.setId("no-match");
        Button showAll = new Button();
        showAll.setId("show-all-button");
        showAll.getStyleClass().add("secondary-button");
        showAll.textProperty().bind(messages.binding("browse.showAll"));
        showAll.setOnAction(event -> model.clear());
        VBox noMatchNotice = new VBox(16, noMatch, showAll);
        noMatchNotice.getStyleClass().add("no-match-notice");
        noMatchNotice.visibleProperty().bind(model.noMatchProperty());
        noMatchNotice.managedProperty().bind(noMatchNotice.visibleProperty());

        keyboard = new TouchKeyboard(messages);
        keyboard.targetProperty().set(searchField);
        keyboard.addKey(messages.binding("keyboard.clear"), "keyboard-clear", searchField::clear, "wide-key");
        keyboard.addKey(messages.binding("keyboard.search"), "keyboard-done", () -> keyboardShown.set(false),
                "wide-key", "search-key");
        keyboard.getStyleClass().add("search-keyboard");
        keyboard.setMinHeight(Region.USE_PREF_SIZE);
        keyboard.visibleProperty().bind(keyboardShown);
        keyboard.managedProperty().bind(keyboard.visibleProperty());

        rows.getStyleClass().add("cards");
        scrollPane.setFitToWidth(true);
        scrollPane.setPannable(true);
        scrollPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scrollPane.getStyleClass().add("vacancy-list");
        VBox.setVgrow(scrollPane, Priority.ALWAYS);

        // While typing, the keyboard takes the chips' place: the results stay in view above it.
        chipRows.visibleProperty().bind(keyboardShown.not());
        chipRows.managedProperty().bind(chipRows.visibleProperty());
        // The notices stand where the cards would, inside the scrolling area: with the keyboard
        // open on a landscape screen there is no room for them above it.
        scrollPane.setContent(new VBox(emptyNotice, noMatchNotice, rows));
        getChildren().addAll(header, searchRow, chipRows, scrollPane, keyboard);

        model.cards().addListener((ListChangeListener<VacancyCard>) change -> layoutCards());
        // Near the end of the cards made so far, the model makes the next page of them.
        scrollPane.vvalueProperty().addListener((observable, old, value) -> {
            if (value.doubleValue() > 0.85 && model.moreProperty().get()) {
                Platform.runLater(model::showMore);
            }
        });
        scrollPane.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if (columnsFor(bounds.getWidth()) != columns) {
                layoutCards();
            }
        });
        layoutCards();
        layoutChips();
    }

    /** Back to the newest vacancy, as when Beranda is chosen; closes the keyboard. */
    public void scrollToTop() {
        keyboardShown.set(false);
        scrollPane.setVvalue(0);
    }

    /** Opens the on-screen keyboard, as a tap on the search field does. */
    public void openKeyboard() {
        keyboardShown.set(true);
    }

    private static ScrollPane chipRow(HBox chips) {
        chips.getStyleClass().add("chip-row");
        chips.setAlignment(Pos.CENTER_LEFT);
        ScrollPane row = new ScrollPane(chips);
        row.setPannable(true);
        // The card list gives way when the screen is short, never the chips.
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setFitToHeight(true);
        row.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        row.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        row.getStyleClass().add("chip-scroller");
        return row;
    }

    private void layoutChips() {
        List<Node> trades = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        FilterKind group = null;
        for (FilterChip chip : model.chips()) {
            ToggleButton button = new ToggleButton(chip.label());
            button.getStyleClass().add("filter-chip");
            button.setUserData(chip.kind() + ":" + chip.value());
            button.setSelected(chip.selected());
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(event -> model.toggle(chip.kind(), chip.value()));
            if (chip.kind() == FilterKind.TRADE) {
                button.setId("chip-trade-" + chip.value());
                button.setGraphic(TradeIcons.badge(chip.value(), 44));
                trades.add(button);
            } else {
                if (chip.kind() != group) {
                    others.add(caption("browse.filter." + chip.kind().name()));
                    group = chip.kind();
                }
                others.add(button);
            }
        }
        if (!trades.isEmpty()) {
            trades.add(0, caption("browse.filter.TRADE"));
        }
        others.add(caption("browse.sort"));
        for (SortOrder order : SortOrder.values()) {
            ToggleButton button = new ToggleButton(messages.text("browse.sort." + order.name()));
            button.getStyleClass().addAll("filter-chip", "sort-chip");
            button.setId("sort-" + order.name());
            button.setSelected(model.sortProperty().get() == order);
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(event -> model.sortBy(order));
            others.add(button);
        }
        tradeChips.getChildren().setAll(trades);
        otherChips.getChildren().setAll(others);
    }

    private Label caption(String key) {
        Label caption = new Label(messages.text(key));
        caption.getStyleClass().add("chip-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private void layoutCards() {
        // A change arriving while a job seeker scrolls must not move the list under their finger:
        // keep the row at the top of the view where it was on screen. Found before the new rows
        // take the (reused) card nodes out of the old ones.
        Optional<Anchor> anchor = scrollPane.getVvalue() > 0 ? topVisibleCard() : Optional.empty();
        columns = columnsFor(scrollPane.getViewportBounds().getWidth());
        List<Node> cardRows = new ArrayList<>();
        List<VacancyCard> cards = model.cards();
        for (int start = 0; start < cards.size(); start += columns) {
            HBox row = new HBox(GAP);
            row.getStyleClass().add("card-row");
            for (int column = 0; column < columns; column++) {
                int index = start + column;
                Region cell = index < cards.size() ? cardView(cards.get(index)) : new Region();
                cell.setMinWidth(0);
                cell.setPrefWidth(0);
                cell.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(cell, Priority.ALWAYS);
                row.getChildren().add(cell);
            }
            cardRows.add(row);
        }
        rows.getChildren().setAll(cardRows);
        cardViews.keySet().retainAll(new java.util.HashSet<>(cards));
        anchor.ifPresent(kept -> {
            scrollToCard(kept);
            // The rows' final heights are known only after the next layout pass; place the row again then.
            Platform.runLater(() -> scrollToCard(kept));
        });
    }

    /** The first card of the first row wholly in view, and how far that row's top lies below the top of the view. */
    private record Anchor(Object vacancyId, double offset) {
    }

    private Optional<Anchor> topVisibleCard() {
        double top = scrollPane.getVvalue() * scrollableHeight();
        for (Node row : rows.getChildren()) {
            if (row.getBoundsInParent().getMinY() >= top && row instanceof HBox cells && !cells.getChildren().isEmpty()
                    && cells.getChildren().get(0).getUserData() != null) {
                return Optional.of(new Anchor(cells.getChildren().get(0).getUserData(), row.getBoundsInParent().getMinY() - top));
            }
        }
        return Optional.empty();
    }

    private void scrollToCard(Anchor anchor) {
        Object vacancyId = anchor.vacancyId();
        // Lay the new rows out now, so their heights are known before the next pulse scrolls.
        rows.applyCss();
        rows.layout();
        for (Node row : rows.getChildren()) {
            boolean holds = row instanceof HBox cells
                    && cells.getChildren().stream().anyMatch(cell -> vacancyId.equals(cell.getUserData()));
            if (holds && scrollableHeight() > 0) {
                double top = row.getBoundsInParent().getMinY() - anchor.offset();
                scrollPane.setVvalue(Math.max(0, Math.min(1, top / scrollableHeight())));
                return;
            }
        }
    }

    private double scrollableHeight() {
        return Math.max(0, rows.getBoundsInLocal().getHeight() - scrollPane.getViewportBounds().getHeight());
    }

    /**
     * The card's node, made once and kept while the card is listed: typing "opera" after "oper"
     * shows the same cards again, and the page fills in steps without making its first cards anew.
     */
    private Region cardView(VacancyCard card) {
        return cardViews.computeIfAbsent(card, shown -> new VacancyCardView(shown, messages,
                () -> model.open(shown.vacancyId())));
    }

    private static int columnsFor(double viewportWidth) {
        double usable = viewportWidth - 80; // the list's own padding
        return Math.max(1, (int) Math.floor((usable + GAP) / (MIN_CARD_WIDTH + GAP)));
    }
}
