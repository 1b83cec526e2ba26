package id.anjungan.kiosk.theme;

/** How large the kiosk's text is drawn: every font size of the theme times {@link #factor()}. */
public enum TextSize {
    NORMAL(1.0),
    LARGE(1.25),
    LARGER(1.5);

    private final double factor;

    TextSize(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** The size the "Aa" button switches to: normal, large, larger, then normal again. */
    public TextSize next() {
        TextSize[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
