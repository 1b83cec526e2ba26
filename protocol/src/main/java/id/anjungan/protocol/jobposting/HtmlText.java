package id.anjungan.protocol.jobposting;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML description that feeds following Google's guidance carry into the plain text a kiosk
 * shows. Text without HTML tags is left exactly as it is, so our own plain descriptions round-trip.
 */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile(
            "</?(p|br|div|span|ul|ol|li|strong|b|em|i|u|h[1-6]|table|tr|td|th)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    static String toPlainText(String text) {
        if (text == null || !TAG.matcher(text).find()) {
            return text;
        }
        String plain = text.replaceAll("\\s+", " ")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li(\\s[^>]*)?>", "\n- ")
                .replaceAll("(?i)</(p|div|ul|ol|table|h[1-6])>", "\n\n")
                .replaceAll("(?i)</tr>", "\n");
        plain = unescape(ANY_TAG.matcher(plain).replaceAll(""));
        return plain.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1), entity.group())));
        }
        return entity.appendTail(out).toString();
    }

    private static String character(String name, String entity) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            return entity;
        }
        return NAMED.getOrDefault(name, entity);
    }
}
