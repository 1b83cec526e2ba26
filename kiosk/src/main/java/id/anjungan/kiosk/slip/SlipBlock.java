package id.anjungan.kiosk.slip;

import java.util.Objects;

/**
 * One piece of the slip's single layout, as {@link SlipLayout} lists them. Every renderer draws
 * these in order, top to bottom; all text wraps to the paper width and is never cut off.
 */
public sealed interface SlipBlock {

    /** How a line of text is set. */
    enum Style { SMALL, NORMAL, BOLD, LARGE, HEADING }

    /** The slip's title: large, bold, centred. */
    record Heading(String text) implements SlipBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text, wrapped at word boundaries. */
    record Text(String text, Style style, boolean centred) implements SlipBlock {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A small label with its value below it, e.g. "Perusahaan" over the employer's name. */
    record KeyValue(String key, String value, Style valueStyle) implements SlipBlock {
        public KeyValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueStyle, "valueStyle");
        }
    }

    /** A line across the paper between sections. */
    record Divider() implements SlipBlock {
    }

    /** The QR code, centred, with its quiet zone, at whole dots per module. */
    record Qr(String text) implements SlipBlock {
        public Qr {
            Objects.requireNonNull(text, "text");
        }
    }
}
