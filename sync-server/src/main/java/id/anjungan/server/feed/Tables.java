package id.anjungan.server.feed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw rows of a spreadsheet (CSV or a sheet) into named rows. The header is the first row,
 * among the first {@value #HEADER_SEARCH} that are not empty, naming the title and one more field, or
 * three fields: staff often put a heading such as "DAFTAR LOWONGAN KERJA JULI 2025" above it.
 */
final class Tables {
    static final int HEADER_SEARCH = 20;
    /** More rows than any centre's feed holds; a file with more is refused rather than read into memory. */
    static final int MAX_ROWS = 20_000;

    /** A row as the spreadsheet has it: its number as Excel shows it, and its cells (null for empty). */
    record RawRow(int line, List<Object> cells) {
        boolean blank() {
            return cells.stream().allMatch(Tables::isBlank);
        }
    }

    private Tables() {
    }

    /** The named rows under the header; null when no header is found. */
    static List<FeedRow> underHeader(List<RawRow> rows) {
        int searched = 0;
        for (int i = 0; i < rows.size() && searched < HEADER_SEARCH; i++) {
            RawRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            searched++;
            if (isHeader(row)) {
                return named(row, rows.subList(i + 1, rows.size()));
            }
        }
        return null;
    }

    /** The same, or a FeedUnreadableException that says what a header looks like. */
    static List<FeedRow> underHeader(List<RawRow> rows, String what) {
        List<FeedRow> named = underHeader(rows);
        if (named == null) {
            throw new FeedUnreadableException("baris judul kolom tidak ditemukan di " + what
                    + ": di " + HEADER_SEARCH + " baris pertama tidak ada baris yang memuat nama kolom seperti "
                    + FeedField.TITLE.label() + ", " + FeedField.EMPLOYER.label() + ", " + FeedField.TRADE.label()
                    + " dan " + FeedField.VALID_THROUGH.label());
        }
        return named;
    }

    private static boolean isHeader(RawRow row) {
        int known = 0;
        boolean title = false;
        for (Object cell : row.cells()) {
            if (cell instanceof String text) {
                var field = FeedField.forColumn(text);
                if (field.isPresent()) {
                    known++;
                    title |= field.get() == FeedField.TITLE;
                }
            }
        }
        return known >= 3 || title && known >= 2;
    }

    private static List<FeedRow> named(RawRow header, List<RawRow> rows) {
        List<String> names = new ArrayList<>();
        for (Object cell : header.cells()) {
            names.add(isBlank(cell) ? null : text(cell));
        }
        List<FeedRow> result = new ArrayList<>();
        for (RawRow row : rows) {
            if (row.blank()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Object cell = row.cells().get(i);
                String name = i < names.size() ? names.get(i) : null;
                if (isBlank(cell)) {
                    continue;
                }
                // a value under no header is kept under a made-up name, so the row is reported, not silently cut
                values.putIfAbsent(name != null ? name : "kolom " + (i + 1), cell instanceof String s ? s.strip() : cell);
            }
            result.add(new FeedRow.Columns(row.line(), values));
        }
        return result;
    }

    static boolean isBlank(Object cell) {
        return cell == null || cell instanceof String text && text.isBlank();
    }

    static String text(Object cell) {
        if (cell instanceof BigDecimal number) {
            return plain(number);
        }
        return cell.toString().strip();
    }

    /** 12 and 12.0 as "12", 2.5 as "2.5". */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static void checkSize(int rows) {
        if (rows > MAX_ROWS) {
            throw new FeedUnreadableException("berkas memuat lebih dari " + MAX_ROWS + " baris; bagi menjadi beberapa berkas");
        }
    }
}
