package id.anjungan.server.report;

import java.util.Arrays;
import java.util.Optional;

/** What the placement report puts in one row: the slips of one centre, trade, estate or employer. */
public enum GroupBy {
    /** The centre whose kiosk printed the slip. */
    CENTRE,
    /** The trade (kejuruan) of the vacancy the slip is for. */
    TRADE,
    /** The industrial estate of the vacancy, else of its employer; none for work outside an estate. */
    ESTATE,
    /** The employer the slip is made out to. */
    EMPLOYER;

    public static Optional<GroupBy> parse(String text) {
        return Arrays.stream(values()).filter(g -> g.name().equalsIgnoreCase(text == null ? "" : text.trim())).findFirst();
    }

    public String param() {
        return name().toLowerCase();
    }
}
