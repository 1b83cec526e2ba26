package id.anjungan.server.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an Excel workbook with FastExcel's streaming reader. The first visible sheet with a header row
 * is read; rows keep the numbers Excel shows. A number in a cell formatted as a date is a date (in the
 * workbook's 1900 or 1904 date system), any other number stays a number.
 */
final class XlsxFeedParser implements FeedParser {
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    @Override
    public List<FeedRow> parse(byte[] content) {
        if (!ContentSniffing.isZip(content)) {
            if (ContentSniffing.isOle2(content)) {
                throw new FeedUnreadableException("ini berkas Excel lama (.xls); buka di Excel lalu simpan sebagai"
                        + " \"Excel Workbook (.xlsx)\" atau CSV, lalu unggah lagi");
            }
            ContentSniffing.refuseIfNot(FeedFormat.XLSX, content, CsvFeedParser.decode(content));
            throw new FeedUnreadableException("isinya bukan berkas Excel (XLSX)");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS)) {
            boolean date1904 = workbook.isDate1904();
            for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext(); ) {
                Sheet sheet = sheets.next();
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    continue;
                }
                List<FeedRow> rows = Tables.underHeader(rawRows(sheet, date1904));
                if (rows != null) {
                    return rows;
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new FeedUnreadableException("berkas Excel (XLSX) rusak atau tidak dapat dibaca: " + e.getMessage(), e);
        }
        return Tables.underHeader(List.of(), "lembar mana pun di berkas Excel ini");
    }

    private static List<Tables.RawRow> rawRows(Sheet sheet, boolean date1904) throws IOException {
        List<Tables.RawRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                Row row = it.next();
                Tables.checkSize(rows.size());
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(value(row.getCell(i), date1904));
                }
                rows.add(new Tables.RawRow(row.getRowNum(), cells));
            }
        }
        return rows;
    }

    private static Object value(Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean();
            case NUMBER -> number(cell.asNumber(), cell, date1904);
            case FORMULA, ERROR -> cell.getRawValue() == null ? null : cachedValue(cell, date1904);
        };
    }

    private static Object cachedValue(Cell cell, boolean date1904) {
        String raw = cell.getRawValue();
        try {
            return number(new BigDecimal(raw), cell, date1904);
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    private static Object number(BigDecimal value, Cell cell, boolean date1904) {
        return isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()) ? excelDate(value, date1904) : value;
    }

    /** The day an Excel serial number stands for; the time of day is dropped. */
    static LocalDate excelDate(BigDecimal serial, boolean date1904) {
        long days = serial.longValue();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // Excel counts 1900-02-29, a day that never was; serials from 1 March 1900 on are one too high
        return LocalDate.of(1899, 12, 31).plusDays(days >= 60 ? days - 1 : days);
    }

    /** Excel's built-in date formats (14-22, 45-47) and custom formats with day, month or year codes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        // drop quoted text, escaped characters and [colour]/[$-locale] sections before looking for d, m, y
        String codes = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^]]*]", "")
                .toLowerCase(Locale.ROOT);
        return codes.matches(".*[dy].*") || codes.matches(".*m.*") && !codes.matches(".*[0#?].*");
    }
}
