package id.anjungan.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A report as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (without it Excel reads the
 * file as Windows-1252 and breaks names with accents), Windows line ends, and the separator of the
 * console's language. Excel set to Indonesian writes decimals with a comma and so expects {@code ;}
 * between columns, and opens such a file by double-click; set to English it expects {@code ,}.
 * No "sep=" line: with one, Excel ignores the byte-order mark.
 */
public final class ReportCsv {
    public static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    /** The separator for a language: ';' for Indonesian, ',' for English. */
    public static char delimiter(String language) {
        return "en".equals(language) ? ',' : ';';
    }

    /**
     * A cell a spreadsheet would take for a formula (=, +, -, @ first; names come from employers'
     * feeds) gets a leading apostrophe; numbers, also negative ones, stay numbers.
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty() || cell.matches("-?[0-9]+([.,][0-9]+)?")) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    public static byte[] write(char delimiter, List<String> header, List<List<String>> rows) {
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter)
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write(BOM);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ReportCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
