package id.anjungan.server.report;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as SVG text, drawn on the server so a page needs no chart script. Horizontal bars with
 * their label above (wrapped onto more lines when long) and their number beside them: labels of any
 * length stay readable, and a 360-unit-wide drawing scaled to a phone's width keeps its text near
 * 14 px. Every text given is escaped here.
 */
public final class SvgCharts {
    static final int WIDTH = 360;
    private static final int FONT_SIZE = 15;
    private static final int LABEL = 20;
    private static final int BAR = 20;
    private static final int GAP = 14;
    private static final int NUMBER_SPACE = 100;
    /** Characters of bold 15-unit text that surely fit the drawing's width; longer labels wrap. */
    static final int LINE_CHARS = 38;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

    private SvgCharts() {
    }

    /** One bar of a funnel: its label, its value and the text written beside it (such as "42 · 35 %"). */
    public record Step(String label, int value, String valueText, String colour) {
    }

    /** A funnel as stacked horizontal bars, each as long as its share of the largest. */
    public static String funnel(String title, List<Step> steps) {
        int max = Math.max(1, steps.stream().mapToInt(Step::value).max().orElse(1));
        int height = steps.stream().mapToInt(step -> lines(step.label()).size() * LABEL + BAR + GAP).sum() + 4;
        StringBuilder svg = open(title, height, "chart-funnel");
        int y = 0;
        for (Step step : steps) {
            y = label(svg, y, lines(step.label()), INK);
            bar(svg, y, step.value(), max, step.colour(), step.valueText());
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** One trade of the demand-supply chart. */
    public record Pair(String label, int demand, int supply, boolean shortage, String note) {
    }

    /**
     * Two bars per trade, demand above supply, with a legend; a trade short of people has its label
     * marked with the note given (such as "kekurangan 120").
     */
    public static String demandSupply(String title, String demandLegend, String supplyLegend, List<Pair> pairs) {
        int max = Math.max(1, pairs.stream().mapToInt(p -> Math.max(p.demand(), p.supply())).max().orElse(1));
        int legend = 26;
        int height = legend + pairs.stream().mapToInt(p -> lines(pairLabel(p)).size() * LABEL + 2 * BAR + 2 + GAP).sum() + 4;
        StringBuilder svg = open(title, height, "chart-demand-supply");
        svg.append("<rect x=\"0\" y=\"4\" width=\"14\" height=\"14\" fill=\"").append(DEMAND).append("\"/>");
        svg.append(text(20, 16, demandLegend, "400", "start"));
        svg.append("<rect x=\"180\" y=\"4\" width=\"14\" height=\"14\" fill=\"").append(SUPPLY).append("\"/>");
        svg.append(text(200, 16, supplyLegend, "400", "start"));
        int y = legend;
        for (Pair pair : pairs) {
            y = label(svg, y, lines(pairLabel(pair)), pair.shortage() ? SHORTAGE_TEXT : INK);
            bar(svg, y, pair.demand(), max, DEMAND, String.valueOf(pair.demand()));
            y += BAR + 2;
            bar(svg, y, pair.supply(), max, SUPPLY, String.valueOf(pair.supply()));
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String pairLabel(Pair pair) {
        return pair.note() == null ? pair.label() : pair.label() + " — " + pair.note();
    }

    /** Writes a label of one or more lines above a bar; returns where the bar starts. */
    private static int label(StringBuilder svg, int y, List<String> lines, String colour) {
        svg.append("<text font-size=\"").append(FONT_SIZE).append("\" font-weight=\"600\" fill=\"").append(colour)
                .append("\">");
        for (String line : lines) {
            y += LABEL;
            svg.append("<tspan x=\"0\" y=\"").append(y - 6).append("\">").append(escape(line)).append("</tspan>");
        }
        svg.append("</text>");
        return y;
    }

    /** A label cut into lines of at most {@link #LINE_CHARS} characters at spaces (a longer word is cut). */
    static List<String> lines(String label) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (label == null ? "" : label).split(" ")) {
            while (word.length() > LINE_CHARS) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE_CHARS));
                word = word.substring(LINE_CHARS);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    public static final String ISSUED = "#1f5fa8";
    public static final String PRESENTED = "#3d7fc4";
    public static final String INTERVIEWED = "#c77c0a";
    public static final String HIRED = "#1e7b34";
    static final String DEMAND = "#c2410c";
    static final String SUPPLY = "#1f5fa8";
    private static final String INK = "#1b1f24";
    private static final String SHORTAGE_TEXT = "#9a2d07";
    private static final String TRACK = "#e8ebef";

    private static StringBuilder open(String title, int height, String cls) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(cls)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"").append(escape(FONT)).append("\"><title>")
                .append(escape(title)).append("</title>");
        return svg;
    }

    private static void bar(StringBuilder svg, int y, int value, int max, String colour, String valueText) {
        int track = WIDTH - NUMBER_SPACE;
        int length = value <= 0 ? 0 : Math.max(2, (int) Math.round((double) value * track / max));
        svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(track).append("\" height=\"").append(BAR)
                .append("\" fill=\"").append(TRACK).append("\"/>");
        svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(length).append("\" height=\"").append(BAR)
                .append("\" fill=\"").append(colour).append("\"/>");
        svg.append(text(track + 6, y + BAR - 5, valueText, "600", "start"));
    }

    private static String text(int x, int y, String content, String weight, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\""
                + " fill=\"%s\">%s</text>", x, y, FONT_SIZE, weight, anchor, INK, escape(content));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
