package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.theme.Labels;
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
 * The list of vacancy cards under a header with their count. Scrolls by dragging with a finger;
 * two columns on a wide screen, one on a tall one.
 */
public final class BrowseView extends VBox {
    /** Narrowest a card may be before the list drops to fewer columns. */
    static final double MIN_CARD_WIDTH = 760;
    static final double GAP = 24;

    private final BrowseModel model;
    private final Messages messages;
    private final VBox rows = new VBox();
    private final ScrollPane scrollPane = new ScrollPane(rows);
    private final Label emptyNotice;
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
        Label order = new Label();
        order.getStyleClass().add("list-order");
        order.textProperty().bind(messages.binding("browse.order"));
        order.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, count, order);
        header.getStyleClass().add("screen-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        emptyNotice = Labels.wrapped(messages.binding("browse.empty"), "empty-notice");
        emptyNotice.visibleProperty().bind(model.countProperty().isEqualTo(0));
        emptyNotice.managedProperty().bind(emptyNotice.visibleProperty());

        rows.getStyleClass().add("cards");
        scrollPane.setFitToWidth(true);
        scrollPane.setPannable(true);
        scrollPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scrollPane.getStyleClass().add("vacancy-list");
        VBox.setVgrow(scrollPane, Priority.ALWAYS);

        getChildren().addAll(header, emptyNotice, scrollPane);

        model.cards().addListener((ListChangeListener<VacancyCard>) change -> layoutCards());
        scrollPane.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if (columnsFor(bounds.getWidth()) != columns) {
                layoutCards();
            }
        });
        layoutCards();
    }

    /** Back to the newest vacancy, as when Beranda is chosen. */
    public void scrollToTop() {
        scrollPane.setVvalue(0);
    }

    private void layoutCards() {
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
        // A change arriving while a job seeker scrolls must not move the list under their finger:
        // keep the row at the top of the view where it was on screen.
        Optional<Anchor> anchor = scrollPane.getVvalue() > 0 ? topVisibleCard() : Optional.empty();
        rows.getChildren().setAll(cardRows);
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

    private Region cardView(VacancyCard card) {
        return new VacancyCardView(card, messages, () -> model.open(card.vacancyId()));
    }

    private static int columnsFor(double viewportWidth) {
        double usable = viewportWidth - 80; // the list's own padding
        return Math.max(1, (int) Math.floor((usable + GAP) / (MIN_CARD_WIDTH + GAP)));
    }
}
