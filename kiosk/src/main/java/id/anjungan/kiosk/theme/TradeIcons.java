package id.anjungan.kiosk.theme;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * A simple picture per trade (kejuruan), drawn as lines in a 24x24 box and placed in a round
 * badge: a flame for welding, a bolt for electrical, a car for automotive, and so on.
 */
public final class TradeIcons {
    private static final String BRIEFCASE = "M3 8 H21 V20 H3 Z M9 8 V5 H15 V8 M3 13 H21";

    private static final Map<String, String> PATHS = Map.ofEntries(
            // a flame over a welding seam
            Map.entry("las", "M12 3 C13 7 17 9 17 13 A5 5 0 0 1 7 13 C7 10 9 9 10 7 C10 10 12 10 12 10"
                    + " C13 8 13 6 12 3 Z M3 21 H21"),
            Map.entry("teknik-mesin", gear()),
            Map.entry("listrik", "M13 2 L4 14 H11 L10 22 L20 9 H13 Z"),
            Map.entry("otomotif", "M3 16 V11 L6 6 H18 L21 11 V16 Z M3 11 H21 M7 16 V19 M17 16 V19"),
            // a shirt
            Map.entry("menjahit", "M8 3 L3 6 L5 10 L7 9 V21 H17 V9 L19 10 L21 6 L16 3 C15 5 9 5 8 3 Z"),
            // scissors
            Map.entry("tata-kecantikan", "M3 6 A3 3 0 1 0 9 6 A3 3 0 1 0 3 6 Z M3 18 A3 3 0 1 0 9 18 A3 3 0 1 0 3 18 Z"
                    + " M8.5 8 L20 19 M8.5 16 L20 5"),
            // a snowflake
            Map.entry("refrigerasi", "M12 2 V22 M3.3 7 L20.7 17 M3.3 17 L20.7 7 M9 3.5 L12 6 L15 3.5"
                    + " M9 20.5 L12 18 L15 20.5"),
            // a screen
            Map.entry("tik", "M3 4 H21 V16 H3 Z M8 20 H16 M12 16 V20"),
            // a steaming bowl
            Map.entry("pengolahan-pangan", "M3 11 H21 C21 16 17 20 12 20 C7 20 3 16 3 11 Z M8 3 C7 5 9 6 8 8"
                    + " M12 2 C11 4 13 5 12 7 M16 3 C15 5 17 6 16 8"),
            // a speech bubble
            Map.entry("bahasa", "M4 4 H20 V16 H10 L5 20 V16 H4 Z M8 9 H16 M8 12 H13"),
            // a parcel
            Map.entry("logistik", "M3 7 L12 3 L21 7 V17 L12 21 L3 17 Z M3 7 L12 11 L21 7 M12 11 V21"),
            // a factory
            Map.entry("produksi", "M2 21 V11 L8 14 V11 L14 14 V3 H19 V21 Z"));

    private TradeIcons() {
    }

    /** A round badge with the trade's picture, or a briefcase for a trade without one. */
    public static Node badge(String tradeId, double size) {
        SVGPath glyph = new SVGPath();
        glyph.setContent(PATHS.getOrDefault(tradeId, BRIEFCASE));
        glyph.getStyleClass().add("trade-glyph");
        double scale = size * 0.55 / 24;
        glyph.setScaleX(scale);
        glyph.setScaleY(scale);
        StackPane badge = new StackPane(glyph);
        badge.getStyleClass().add("trade-badge");
        badge.setMinSize(size, size);
        badge.setPrefSize(size, size);
        badge.setMaxSize(size, size);
        return badge;
    }

    /** Shows another trade's picture in a badge made by {@link #badge}: a list cell reuses its badge. */
    public static void showTrade(Node badge, String tradeId) {
        if (badge instanceof StackPane pane && pane.getChildren().get(0) instanceof SVGPath glyph) {
            glyph.setContent(PATHS.getOrDefault(tradeId, BRIEFCASE));
        }
    }

    static boolean hasIcon(String tradeId) {
        return PATHS.containsKey(tradeId);
    }

    /** A gear with eight teeth around a hole, centred in the 24x24 box. */
    private static String gear() {
        StringBuilder path = new StringBuilder();
        int teeth = 8;
        double outer = 10;
        double inner = 7.5;
        for (int i = 0; i < teeth * 4; i++) {
            double angle = Math.PI * 2 * i / (teeth * 4);
            double radius = (i % 4 == 1 || i % 4 == 2) ? outer : inner;
            double x = 12 + radius * Math.cos(angle);
            double y = 12 + radius * Math.sin(angle);
            path.append(i == 0 ? "M" : " L").append(String.format(java.util.Locale.ROOT, "%.2f %.2f", x, y));
        }
        path.append(" Z M9 12 A3 3 0 1 0 15 12 A3 3 0 1 0 9 12 Z");
        return path.toString();
    }
}
