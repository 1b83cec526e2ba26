package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row of the virtualised list: a card view per column, made once and shown again with other
 * vacancies as the list scrolls or the job seeker types. Its height is the tallest card's at the
 * row's width, so wrapped titles and the largest text size are never cut.
 */
final class CardRowCell extends ListCell<CardRow> {
    private static final VacancyCard BLANK = new VacancyCard("", "", "", "", "", "", "", "");

    private final HBox row = new HBox(BrowseView.GAP);
    private final Messages messages;
    private final Consumer<String> open;
    private final IntSupplier columns;

    CardRowCell(Messages messages, Consumer<String> open, IntSupplier columns) {
        this.messages = messages;
        this.open = open;
        this.columns = columns;
        getStyleClass().add("card-row-cell");
        row.getStyleClass().add("card-row");
        setFocusTraversable(false);
        setText(""); // a Cell starts with null text; this one shows none of its own, only its cards
    }

    @Override
    protected void updateItem(CardRow item, boolean empty) {
        super.updateItem(item, empty);
        int wanted = Math.max(1, columns.getAsInt());
        while (row.getChildren().size() < wanted) {
            VacancyCardView card = new VacancyCardView(messages, open);
            card.setMinWidth(0);
            card.setPrefWidth(0);
            card.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(card, Priority.ALWAYS);
            row.getChildren().add(card);
        }
        if (row.getChildren().size() > wanted) {
            row.getChildren().remove(wanted, row.getChildren().size());
        }
        // An empty cell keeps its card views hidden: the list measures rows with one cell, emptied
        // and filled again for each, and making the views anew each time cost more than the rest.
        for (int column = 0; column < wanted; column++) {
            VacancyCardView card = (VacancyCardView) row.getChildren().get(column);
            boolean holds = !empty && item != null && column < item.cards().size();
            if (holds) {
                card.show(item.cards().get(column));
            } else if (!empty && item != null) {
                card.show(BLANK); // an empty place in the last row keeps its width, so the cards line up
            }
            card.setVisible(holds);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RowSkin(this);
    }

    /** Lays the row out over the whole cell; its height follows the width it is given. */
    private static final class RowSkin extends SkinBase<CardRowCell> {
        RowSkin(CardRowCell cell) {
            super(cell);
            getChildren().setAll(cell.row);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            double inner = width < 0 ? -1 : Math.max(0, width - left - right);
            return top + getSkinnable().row.prefHeight(inner) + bottom;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return left + right; // as wide as the list: the cards wrap their text, never the list scrolls sideways
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return left + right;
        }

        @Override
        protected void layoutChildren(double x, double y, double width, double height) {
            getSkinnable().row.resizeRelocate(x, y, width, height);
        }
    }
}
