package id.anjungan.server.feed;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values staff write in vacancy spreadsheets: "Rp 2.500.000", "2,5 juta", "UMK", "Nego";
 * 25/07/2025, 25-07-2025, 2025-07-25, "25 Juli 2025" and Excel date cells; "SMA/SMK"; "18-30";
 * "L"/"P"/"Laki-laki"/"Semua"; "1 tahun". Each method takes a cell as a parser gave it and throws a
 * {@link BadValue} saying, in Indonesian, what it could not read.
 */
final class FieldValues {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?:[tT ].*)?");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d.,]*)\\s*(juta|jt|ribu|rb|k)?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|–|—|s\\.?/d\\.?|sampai(?:\\s+dengan)?|hingga|sd|~)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A sum of money in a text, as opposed to a year: "2.900.000", "2900000", "2,9 juta". */
    private static final Pattern HAS_AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3})+|\\d{5,}|\\d\\s*(juta|jt)\\b");

    private FieldValues() {
    }

    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof List<?> items) {
            return String.join(", ", items.stream().map(Object::toString).toList());
        }
        if (cell instanceof JsonNode node) {
            return node.toString();
        }
        String text = Tables.text(cell);
        return text.isEmpty() ? null : text;
    }

    /** A day: a date cell, or text in one of the ways Indonesians write dates (day first). */
    static LocalDate date(Object cell, String column) {
        if (cell instanceof LocalDate date) {
            return date;
        }
        if (cell instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        String text = text(cell);
        if (cell instanceof BigDecimal) {
            throw new BadValue(column + " '" + text + "' bukan tanggal (di Excel, format selnya sebagai tanggal)");
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(lower);
            if (m.matches()) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = YEAR_MONTH_DAY.matcher(lower);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_NAME_YEAR.matcher(lower);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new BadValue(column + " '" + text + "' bukan tanggal yang ada");
        }
        throw new BadValue(column + " '" + text + "' bukan tanggal; tulis seperti 25/07/2025");
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** A whole number of at least one, such as "10" or "10 orang". */
    static Integer openings(Object cell, String column) {
        if (cell instanceof BigDecimal number) {
            return positive(number, column, Tables.plain(number));
        }
        String text = text(cell);
        Matcher m = Pattern.compile("(\\d+)\\s*(orang|org|posisi)?\\.?").matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new BadValue(column + " '" + text + "' bukan bilangan bulat");
        }
        return positive(new BigDecimal(m.group(1)), column, text);
    }

    private static int positive(BigDecimal number, String column, String text) {
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new BadValue(column + " '" + text + "' harus bilangan bulat 1 atau lebih");
        }
        return number.intValue();
    }

    /**
     * Pay: an amount or a range in rupiah ("Rp 2.500.000", "2.500.000 - 3.000.000", "2,5 juta"), "UMK"
     * (or UMR, UMP: the regional minimum), "Nego" (or empty); "/hari", "per minggu", "/jam" set the period.
     */
    static Pay pay(Object cell, String column) {
        if (cell instanceof BigDecimal number) {
            return Pay.monthly(rupiah(number, column, Tables.plain(number)));
        }
        if (cell instanceof JsonNode node && node.isObject()) {
            try {
                return ProtocolJson.mapper().treeToValue(node, Pay.class);
            } catch (Exception e) {
                throw new BadValue(column + " " + node + " tidak terbaca");
            }
        }
        String text = text(cell);
        String lower = text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        if (lower.matches(".*\\b(umk|umr|ump|upah minimum)\\b.*") && !HAS_AMOUNT.matcher(lower).find()) {
            return Pay.minimumWage();
        }
        if (lower.matches("-+|nego.*|negotiable|dirahasiakan|kesepakatan|sesuai kesepakatan|tidak disebutkan|menarik|kompetitif")) {
            return Pay.negotiable();
        }
        PayPeriod period = PayPeriod.MONTH;
        if (lower.matches(".*(/|per|se)\\s*hari.*|.*harian.*")) {
            period = PayPeriod.DAY;
        } else if (lower.matches(".*(/|per|se)\\s*minggu.*|.*mingguan.*")) {
            period = PayPeriod.WEEK;
        } else if (lower.matches(".*(/|per|se)\\s*jam.*")) {
            period = PayPeriod.HOUR;
        }
        String amounts = lower.replaceAll("\\([^)]*\\)", "").replaceAll("\\+.*$", "").replaceAll("(/|per|se)\\s*(bulan|bln|hari|minggu|jam)", "").replaceAll("\\b(harian|mingguan|bulanan)\\b", "")
                .replaceAll("\\b(rp|idr)\\.?", "").replaceAll("[,.]-", "").replace("kotor", "").replace("bersih", "").strip();
        String[] parts = RANGE_SEPARATOR.split(amounts, -1);
        if (parts.length < 1 || parts.length > 2) {
            throw new BadValue(column + " '" + text + "' tidak terbaca; tulis seperti Rp 2.500.000, 2.500.000 - 3.000.000, UMK atau Nego");
        }
        Matcher lastUnit = Pattern.compile(".*\\d\\s*(juta|jt|ribu|rb|k)").matcher(parts[parts.length - 1].strip());
        if (parts.length == 2 && lastUnit.matches() && parts[0].strip().matches("[\\d.,]+")) {
            parts[0] = parts[0].strip() + " " + lastUnit.group(1); // "2,5 - 3 juta": both in millions
        }
        long min = amount(parts[0], column, text);
        Long max = parts.length == 2 ? amount(parts[1], column, text) : null;
        if (max != null && max < min) {
            throw new BadValue(column + " '" + text + "': batas atas lebih kecil dari batas bawah");
        }
        if (max != null && max == min) {
            max = null;
        }
        return new Pay(PayKind.AMOUNT, min, max, period);
    }

    private static long amount(String part, String column, String text) {
        Matcher m = AMOUNT.matcher(part.strip());
        if (!m.matches()) {
            throw new BadValue(column + " '" + text + "' tidak terbaca; tulis seperti Rp 2.500.000, 2.500.000 - 3.000.000, UMK atau Nego");
        }
        String digits = m.group(1);
        String unit = m.group(2);
        BigDecimal number;
        if (unit != null) {
            // "2,5 juta", "2.5 jt", "150 ribu", "150rb", "150k": a decimal separator may be either
            number = new BigDecimal(digits.replace(',', '.'));
            number = number.multiply(BigDecimal.valueOf(switch (unit) {
                case "juta", "jt" -> 1_000_000;
                default -> 1_000;
            }));
        } else if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
            number = new BigDecimal(digits.replaceAll("[.,]", ""));
        } else if (digits.matches("\\d{1,3}(\\.\\d{3})+,\\d{1,2}")) {
            number = new BigDecimal(digits.replace(".", "").replace(',', '.'));
        } else if (digits.matches("\\d+([.,]\\d{1,2})?")) {
            number = new BigDecimal(digits.replace(',', '.'));
        } else {
            throw new BadValue(column + " '" + text + "' tidak terbaca; tulis seperti Rp 2.500.000");
        }
        return rupiah(number, column, text);
    }

    private static long rupiah(BigDecimal number, String column, String text) {
        long amount = number.setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (amount < 1_000) {
            throw new BadValue(column + " '" + text + "' terlalu kecil untuk rupiah; tulis lengkap, seperti 2.500.000");
        }
        return amount;
    }

    /** The lowest level named: "SMA/SMK" is SMA; "Semua", "Bebas" or "-" is none. */
    static EducationLevel education(Object cell, String column) {
        String text = text(cell);
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\b(min(imal)?|minimum|lulusan|sederajat|setara)\\b\\.?", " ");
        if (lower.isBlank() || lower.strip().matches("-+|semua|bebas|tidak ada|tanpa|tidak perlu|none|any|no requirements")) {
            return null;
        }
        EducationLevel lowest = null;
        for (String word : lower.split("[\\s/,;]+|\\bdan\\b|\\batau\\b")) {
            EducationLevel level = level(word.strip().replace("-", ""));
            if (level != null && (lowest == null || level.ordinal() < lowest.ordinal())) {
                lowest = level;
            }
        }
        if (lowest == null) {
            throw new BadValue(column + " '" + text + "' tidak dikenal; tulis SD, SMP, SMA, SMK, D1, D2, D3, D4, S1 atau S2");
        }
        return lowest;
    }

    private static EducationLevel level(String word) {
        return switch (word) {
            case "sd", "mi" -> EducationLevel.SD;
            case "smp", "sltp", "mts" -> EducationLevel.SMP;
            case "sma", "slta", "smu", "ma" -> EducationLevel.SMA;
            case "smk", "stm", "smea" -> EducationLevel.SMK;
            case "d1", "di" -> EducationLevel.D1;
            case "d2", "dii" -> EducationLevel.D2;
            case "d3", "diii", "diploma" -> EducationLevel.D3;
            case "d4", "div", "s1", "sarjana", "d4_s1" -> EducationLevel.D4_S1;
            case "s2", "magister" -> EducationLevel.S2;
            default -> null;
        };
    }

    /** Ages as "18-30", "18 s/d 30 tahun", "maks. 30", "min 18", "18+"; a lone number is the maximum. */
    static Integer[] ageRange(Object cell, String column) {
        String text = text(cell);
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\b(tahun|thn|th)\\b\\.?", "").strip();
        if (lower.matches("-+|semua|bebas")) {
            return new Integer[] {null, null};
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(lower);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        Integer min = null;
        Integer max = null;
        if (numbers.size() == 2) {
            min = numbers.get(0);
            max = numbers.get(1);
        } else if (numbers.size() == 1 && lower.matches("(min(imal|imum)?|>=?|di ?atas)\\.?\\s*\\d+|\\d+\\s*(\\+|ke ?atas)")) {
            min = numbers.get(0);
        } else if (numbers.size() == 1) {
            max = numbers.get(0);
        } else {
            throw new BadValue(column + " '" + text + "' tidak terbaca; tulis seperti 18-30");
        }
        for (Integer age : new Integer[] {min, max}) {
            if (age != null && (age < 14 || age > 70)) {
                throw new BadValue(column + " '" + text + "': usia " + age + " tidak masuk akal");
            }
        }
        if (min != null && max != null && max < min) {
            throw new BadValue(column + " '" + text + "': usia terbesar lebih kecil dari usia terkecil");
        }
        return new Integer[] {min, max};
    }

    static Integer age(Object cell, String column) {
        if (cell instanceof BigDecimal number) {
            return ageRange(Tables.plain(number), column)[1];
        }
        Integer[] range = ageRange(cell, column);
        return range[1] != null ? range[1] : range[0];
    }

    /** L, P, Laki-laki, Pria, Perempuan, Wanita, Semua, L/P; English words and our enum names too. */
    static Sex sex(Object cell, String column) {
        String text = text(cell);
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (lower) {
            case "l", "lk", "laki-laki", "laki laki", "lakilaki", "laki", "pria", "male", "m" -> Sex.MALE;
            case "p", "pr", "perempuan", "wanita", "female", "f", "w" -> Sex.FEMALE;
            case "semua", "bebas", "l/p", "p/l", "l / p", "laki-laki/perempuan", "pria/wanita", "pria / wanita",
                 "laki-laki / perempuan", "any", "all", "-" -> Sex.ANY;
            default -> throw new BadValue(column + " '" + text + "' tidak dikenal; tulis L, P atau Semua");
        };
    }

    /** Months of experience: "1 tahun", "6 bulan", "2 th", a bare number of years; "Tidak perlu", "-", "0" for none. */
    static int experienceMonths(Object cell, String column, boolean bareNumberIsMonths) {
        if (cell instanceof BigDecimal number) {
            int value = number.intValue();
            return bareNumberIsMonths ? value : value * 12;
        }
        String text = text(cell);
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.matches("-+|0|tidak (perlu|ada|wajib|harus)|tanpa pengalaman|belum berpengalaman|fresh ?graduate|lulusan baru|none"
                + "|tidak diutamakan|tidak disyaratkan")) {
            return 0;
        }
        Matcher m = Pattern.compile("(?:min(?:imal)?\\.?\\s*)?(\\d+)\\s*(tahun|thn|th|bulan|bln|years?|months?)?.*").matcher(lower);
        if (!m.matches()) {
            throw new BadValue(column + " '" + text + "' tidak terbaca; tulis seperti 1 tahun, 6 bulan atau Tidak perlu");
        }
        int value = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        boolean months = unit != null ? unit.startsWith("bulan") || unit.startsWith("bln") || unit.startsWith("month") : bareNumberIsMonths;
        return months ? value : value * 12;
    }

    /** A list split at commas, semicolons and line breaks. */
    static List<String> list(Object cell) {
        if (cell instanceof List<?> items) {
            return items.stream().map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        List<String> items = new ArrayList<>();
        for (String item : text(cell).split("[,;\\n]+|\\s•\\s")) {
            String stripped = item.strip().replaceFirst("^[-•*]\\s*", "");
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }

    /** Tetap, Kontrak (PKWT), Paruh waktu, Magang, Harian, Sementara; English and schema.org names too. */
    static EmploymentType employmentType(Object cell, String column) {
        String lower = text(cell).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
        if (lower.matches(".*(kontrak|pkwt\\b|contract).*")) {
            return EmploymentType.CONTRACTOR;
        }
        if (lower.matches(".*(paruh waktu|part time|parttime).*")) {
            return EmploymentType.PART_TIME;
        }
        if (lower.matches(".*(magang|intern|pkl).*")) {
            return EmploymentType.INTERN;
        }
        if (lower.matches(".*(harian|per diem).*")) {
            return EmploymentType.PER_DIEM;
        }
        if (lower.matches(".*(sementara|musiman|temporary|borongan).*")) {
            return EmploymentType.TEMPORARY;
        }
        if (lower.matches(".*(tetap|pkwtt|penuh waktu|full time|fulltime|purna waktu).*")) {
            return EmploymentType.FULL_TIME;
        }
        return EmploymentType.OTHER;
    }

    /** Ya/Wajib/Perlu/true as true; Tidak/-/false or empty as false. */
    static boolean yes(Object cell, String column) {
        if (cell instanceof Boolean b) {
            return b;
        }
        String lower = text(cell).toLowerCase(Locale.ROOT).strip();
        if (lower.matches("ya|y|wajib|perlu|harus|true|yes|1|ada")) {
            return true;
        }
        if (lower.matches("tidak|tdk|t|-|false|no|0|tidak perlu|tidak wajib")) {
            return false;
        }
        throw new BadValue(column + " '" + text(cell) + "' tidak terbaca; tulis Ya atau Tidak");
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[][] names = {
                {"januari", "jan", "january"}, {"februari", "feb", "pebruari", "february"}, {"maret", "mar", "march"},
                {"april", "apr"}, {"mei", "may"}, {"juni", "jun", "june"}, {"juli", "jul", "july"},
                {"agustus", "agu", "agt", "ags", "aug", "august"}, {"september", "sep", "sept"},
                {"oktober", "okt", "oct", "october"}, {"november", "nov", "nop"}, {"desember", "des", "dec", "december"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
