package id.anjungan.server.feed;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vacancy fields a spreadsheet or JSON feed can carry, and the column names that mean each, in
 * Indonesian and English. Names match whatever their case, spaces and punctuation, and ignore a part in
 * brackets: "Kabupaten/Kota", "KABUPATEN / KOTA" and "kabupaten_kota" are one name, "Gaji (Rp)" is "Gaji".
 */
public enum FeedField {
    ID("Kode Lowongan", "ID", "Kode", "ID Lowongan", "No Lowongan", "Nomor Lowongan", "Kode Loker", "identifier", "sourceId"),
    TITLE("Judul", "Posisi", "Jabatan", "Judul Lowongan", "Nama Jabatan", "Nama Posisi", "Lowongan", "Pekerjaan",
            "title", "Job Title", "position"),
    EMPLOYER("Perusahaan", "Nama Perusahaan", "Pemberi Kerja", "employer", "employerId", "company", "hiringOrganization"),
    REGION("Kabupaten/Kota", "Lokasi", "Lokasi Kerja", "Kab/Kota", "Kabupaten", "Wilayah", "region", "regionId"),
    TOWN("Kecamatan", "Kota", "Kota/Kecamatan", "town", "locality"),
    ESTATE("Kawasan Industri", "Kawasan", "estate", "estateId"),
    TRADE("Kejuruan", "Bidang", "Bidang Kejuruan", "trade", "tradeId"),
    KBJI("KBJI", "Kode KBJI", "kbjiCode"),
    OPENINGS("Jumlah", "Kebutuhan", "Jumlah Lowongan", "Jumlah Kebutuhan", "Kuota", "Jumlah Tenaga Kerja", "openings",
            "totalJobOpenings"),
    PAY("Gaji", "Upah", "Gaji/Upah", "Kisaran Gaji", "pay", "salary", "baseSalary"),
    EMPLOYMENT_TYPE("Jenis Pekerjaan", "Status Kerja", "Status Pekerjaan", "Jenis Kontrak", "employmentType"),
    VALID_THROUGH("Batas Lamaran", "Berlaku Sampai", "Batas Akhir", "Tanggal Berakhir", "Tanggal Penutupan", "Ditutup",
            "validThrough", "deadline"),
    DATE_POSTED("Tanggal Posting", "Tanggal Dibuka", "Tanggal Terbit", "Tanggal Tayang", "datePosted"),
    EDUCATION("Pendidikan", "Pendidikan Minimal", "Pendidikan Terakhir", "education", "minimumEducation",
            "educationRequirements"),
    AGE("Usia", "Umur", "Batas Usia", "age"),
    AGE_MIN("Usia Minimal", "Usia Min", "Umur Minimal", "ageMin"),
    AGE_MAX("Usia Maksimal", "Usia Maks", "Usia Max", "Umur Maksimal", "ageMax"),
    SEX("Jenis Kelamin", "Kelamin", "JK", "sex", "gender"),
    EXPERIENCE("Pengalaman", "Pengalaman Kerja", "experience", "experienceMonths", "experienceRequirements"),
    SKILLS("Keahlian", "Keterampilan", "Kompetensi", "skills"),
    WORK_HOURS("Jam Kerja", "Waktu Kerja", "workHours"),
    HOW_TO_APPLY("Cara Melamar", "Cara Pendaftaran", "Cara Daftar", "howToApply"),
    DESCRIPTION("Deskripsi", "Keterangan", "Uraian Tugas", "Deskripsi Pekerjaan", "description"),
    DRIVING_LICENCE("SIM", "drivingLicence", "drivingLicense"),
    JOB_SEEKER_CARD("Kartu Kuning", "AK/1", "AK1", "Kartu AK/1", "jobSeekerCardRequired");

    /** Columns staff often add that carry nothing to import; they are not reported as unknown. */
    private static final Set<String> IGNORED = Set.of("no", "nomor", "nourut", "urut", "status", "updatedat", "kbjicodeset");
    private static final Map<String, FeedField> BY_KEY = new HashMap<>();

    static {
        for (FeedField field : values()) {
            for (String name : field.names) {
                FeedField previous = BY_KEY.put(key(name), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException("column name '" + name + "' means both " + previous + " and " + field);
                }
            }
        }
    }

    private final List<String> names;

    FeedField(String... names) {
        this.names = List.of(names);
    }

    /** The column names that mean this field, the usual Indonesian one first. */
    public List<String> names() {
        return names;
    }

    /** The usual Indonesian column name, for messages. */
    public String label() {
        return names.get(0);
    }

    /** The field a column name means, if any. */
    public static Optional<FeedField> forColumn(String columnName) {
        return Optional.ofNullable(BY_KEY.get(key(columnName)));
    }

    /** Whether a column that means no field is one to pass over without a word ("No", "Status"). */
    static boolean ignorable(String columnName) {
        String key = key(columnName);
        return key.isEmpty() || IGNORED.contains(key);
    }

    /** "Kabupaten / Kota (BPS)" -> "kabupatenkota": lower case, without accents, brackets, spaces or punctuation. */
    static String key(String name) {
        String plain = Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\([^)]*\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
