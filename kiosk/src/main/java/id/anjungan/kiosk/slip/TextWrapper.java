package id.anjungan.kiosk.slip;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given number of dots: at spaces where it can, inside a
 * word only when the word alone is too wide (a long e-mail address, say). Line breaks in the text
 * are kept.
 */
public final class TextWrapper {

    private TextWrapper() {
    }

    public static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip(), metrics, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, FontMetrics metrics, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width) {
                int cut = longestFittingPrefix(rest, metrics, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** At least one character (a code point), so a very narrow width still makes progress. */
    private static int longestFittingPrefix(String word, FontMetrics metrics, int width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (metrics.stringWidth(word.substring(0, next)) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
