package id.anjungan.kiosk.browse;

/** How the list is ordered. */
public enum SortOrder {
    NEWEST,
    CLOSING_SOON,
    MOST_OPENINGS
}
