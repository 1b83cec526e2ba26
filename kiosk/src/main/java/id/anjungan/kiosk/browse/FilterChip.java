package id.anjungan.kiosk.browse;

/** One chip over the list, already in the chosen language; {@code value} is what the model filters by. */
public record FilterChip(FilterKind kind, String value, String label, boolean selected) {
}
