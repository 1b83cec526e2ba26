package id.anjungan.kiosk.browse;

import java.util.List;

/** One row of the list: as many cards side by side as the screen has columns (the last row may have fewer). */
public record CardRow(List<VacancyCard> cards) {
    public CardRow {
        cards = List.copyOf(cards);
    }
}
