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
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
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
    /** The cards in rows of {@link #columns}; a row is made only when the list shows it. */
    private final LazyList<CardRow> rows = new LazyList<>();
    private final ListView<CardRow> list = new ListView<>(rows);
    private final Label emptyNotice;
    private final TextField searchField = new TextField();
    private final TouchKeyboard keyboard;
    private final BooleanProperty keyboardShown = new SimpleBooleanProperty(false);
    private final HBox tradeChips = new HBox(12);
    private final HBox otherChips = new HBox(12);
    private int columns = 1;

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

        list.getStyleClass().add("vacancy-list");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new CardRowCell(messages, model::open, () -> columns));
        VBox.setVgrow(list, Priority.ALWAYS);
        // The notices stand where the cards would: with the keyboard open on a landscape screen
        // there is no room for them above it.
        // They scroll, as the cards do: at the largest text size with the keyboard open they need more than the room left.
        VBox notices = new VBox(emptyNotice, noMatchNotice);
        notices.setAlignment(Pos.TOP_LEFT);
        ScrollPane noticeScroller = new ScrollPane(notices);
        noticeScroller.setFitToWidth(true);
        noticeScroller.setPannable(true);
        noticeScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        noticeScroller.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        noticeScroller.getStyleClass().add("list-notices");
        list.setPlaceholder(noticeScroller);

        // While typing, the keyboard takes the chips' place: the results stay in view above it.
        chipRows.visibleProperty().bind(keyboardShown.not());
        chipRows.managedProperty().bind(chipRows.visibleProperty());
        getChildren().addAll(header, searchRow, chipRows, list, keyboard);

        model.cards().addListener((ListChangeListener<VacancyCard>) change -> showRows(model.lastChangeKeepsPlace()));
        list.widthProperty().addListener((observable, old, width) -> {
            if (columnsFor(width.doubleValue()) != columns) {
                showRows(true);
            }
        });
        showRows(false);
        layoutChips();
    }

    /** Back to the newest vacancy, as when Beranda is chosen; closes the keyboard. */
    public void scrollToTop() {
        keyboardShown.set(false);
        list.scrollTo(0);
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

    /**
     * Shows the model's cards in rows of as many columns as fit. After typing, a chip or an order
     * the list starts from the top; a change arriving from the store while a job seeker scrolls
     * must not move the list under their finger, so the row at the top of the view stays where it is.
     */
    private void showRows(boolean keepPlace) {
        Optional<Anchor> anchor = keepPlace ? topVisibleRow() : Optional.empty();
        columns = columnsFor(list.getWidth());
        List<VacancyCard> cards = model.cards();
        int perRow = columns;
        rows.show((cards.size() + perRow - 1) / perRow,
                row -> new CardRow(cards.subList(row * perRow, Math.min(cards.size(), (row + 1) * perRow))));
        if (anchor.isPresent()) {
            scrollTo(anchor.get());
        } else if (!keepPlace && !atTop()) {
            list.scrollTo(0); // costs a new estimate of the list's height; typing mostly happens at the top
        }
    }

    /** The first card of the first row wholly in view, and how far that row's top lies below the top of the view. */
    private record Anchor(String vacancyId, double offset) {
    }

    private Optional<Anchor> topVisibleRow() {
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return Optional.empty();
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first.getIndex() == 0 && first.getLayoutY() >= 0) {
            return Optional.empty(); // at the top: a new vacancy appears above, where the newest belong
        }
        IndexedCell<?> top = first.getLayoutY() < 0 && flow.getVisibleCell(first.getIndex() + 1) != null
                ? flow.getVisibleCell(first.getIndex() + 1) : first;
        if (top.getItem() instanceof CardRow row && !row.cards().isEmpty()) {
            return Optional.of(new Anchor(row.cards().get(0).vacancyId(), top.getLayoutY()));
        }
        return Optional.empty();
    }

    private void scrollTo(Anchor anchor) {
        VirtualFlow<?> flow = flow();
        java.util.OptionalInt at = model.indexOf(anchor.vacancyId());
        if (flow == null || at.isEmpty()) {
            return;
        }
        flow.scrollToTop(at.getAsInt() / columns);
        // Lay the new rows out now, so the row's offset is measured against their real heights.
        list.applyCss();
        list.layout();
        flow.scrollPixels(-anchor.offset());
    }

    private boolean atTop() {
        VirtualFlow<?> flow = flow();
        return flow != null && flow.getPosition() == 0;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private static int columnsFor(double listWidth) {
        double usable = listWidth - 80 - 20; // the rows' padding and the scroll bar
        return Math.max(1, (int) Math.floor((usable + GAP) / (MIN_CARD_WIDTH + GAP)));
    }
}
