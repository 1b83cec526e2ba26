package id.anjungan.server.feed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as Excel and LibreOffice save it in Indonesia: separated by semicolons (the Indonesian
 * list separator) or commas or tabs, whichever the file uses; UTF-8 with or without a byte-order mark,
 * UTF-16 with one ("Unicode Text"), else Windows-1252; Windows or Unix line ends; Excel's optional
 * "sep=;" first line. Rows are numbered as Excel shows them, so a cell holding a line break does not
 * shift the numbers of the rows after it.
 */
final class CsvFeedParser implements FeedParser {
    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public List<FeedRow> parse(byte[] content) {
        String text = decode(content);
        ContentSniffing.refuseIfNot(FeedFormat.CSV, content, text);
        char separator;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            separator = text.charAt(4);
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
        } else {
            separator = separator(text);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Tables.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                Tables.checkSize(rows.size());
                rows.add(new Tables.RawRow((int) record.getRecordNumber(), new ArrayList<>(record.toList())));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new FeedUnreadableException("CSV tidak dapat dibaca sampai habis (" + e.getMessage()
                    + "); periksa tanda kutip yang tidak ditutup", e);
        }
        return Tables.underHeader(rows, "berkas CSV");
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page
            return new String(content, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator that splits some early line into the most cells, outside quotes; a comma if none does. */
    static char separator(String text) {
        char best = ',';
        int bestCount = 0;
        String[] lines = text.split("\r?\n", Tables.HEADER_SEARCH + 1);
        for (char candidate : SEPARATORS) {
            for (int i = 0; i < Math.min(lines.length, Tables.HEADER_SEARCH); i++) {
                int count = countOutsideQuotes(lines[i], candidate);
                if (count > bestCount) {
                    best = candidate;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }
}
