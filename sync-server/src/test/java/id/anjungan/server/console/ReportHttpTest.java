package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placement report through plain HTTP and its CSV read back, on the seeded history of {@link ReportSeed}. */
class ReportHttpTest {
    private static final String NOVEMBER = "from=2026-11-01&to=2026-11-27";

    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
        ReportSeed.seed(fixture);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anAdministratorCountsIssuedPresentedInterviewedAndHiredPerEmployer() {
        Map<String, List<String>> rows = csv(fixture.signedIn("kepala"), "/console/reports/placements.csv?" + NOVEMBER
                + "&by=employer");

        assertThat(rows.get("Pemberi kerja")).containsExactly("Slip dicetak", "Datang melapor", "Diwawancara",
                "Diterima kerja", "Tingkat penempatan (%)");
        assertThat(rows.get("PT Sepatu Contoh (fiktif)")).containsExactly("6", "4", "3", "1", "16,7");
        assertThat(rows.get("PT Kaca Contoh (fiktif)")).containsExactly("2", "1", "1", "1", "50,0");
        assertThat(rows.get("PT Komponen Contoh (fiktif)")).containsExactly("1", "1", "1", "1", "100,0");
        assertThat(rows.get("Jumlah")).containsExactly("9", "6", "5", "3", "33,3");
        assertThat(rows).hasSize(5);
    }

    @Test
    void groupsByCentreTradeAndEstateCountTheSameSlips() {
        ConsoleClient admin = fixture.signedIn("kepala");

        Map<String, List<String>> centres = csv(admin, "/console/reports/placements.csv?" + NOVEMBER + "&by=centre");
        assertThat(centres.get("BLK Komunitas Contoh")).containsExactly("8", "5", "4", "2", "25,0");
        assertThat(centres.get("BLK Contoh Tangerang")).containsExactly("1", "1", "1", "1", "100,0");

        Map<String, List<String>> trades = csv(admin, "/console/reports/placements.csv?" + NOVEMBER + "&by=trade");
        assertThat(trades.get("Las")).containsExactly("8", "6", "5", "3", "37,5");
        assertThat(trades.get("(lowongan sudah dihapus)")).containsExactly("1", "0", "0", "0", "0,0");

        Map<String, List<String>> estates = csv(admin, "/console/reports/placements.csv?" + NOVEMBER + "&by=estate");
        assertThat(estates.get("Kawasan Industri Terpadu Batang")).containsExactly("2", "1", "1", "1", "50,0");
        assertThat(estates.get("Di luar kawasan industri")).containsExactly("7", "5", "4", "2", "28,6");
    }

    @Test
    void aPeriodRunsFromTheFirstDaysMidnightToTheLastDaysEndInJakartaTime() {
        ConsoleClient admin = fixture.signedIn("kepala");

        assertThat(csv(admin, "/console/reports/placements.csv?from=2026-10-31&to=2026-10-31&by=centre")
                .get("Jumlah")).containsExactly("1", "1", "1", "1", "100,0");
        assertThat(csv(admin, "/console/reports/placements.csv?from=2026-11-01&to=2026-11-01&by=centre")
                .get("Jumlah")).containsExactly("1", "0", "0", "0", "0,0");
        assertThat(csv(admin, "/console/reports/placements.csv?from=2026-11-19&to=2026-11-20&by=centre")
                .get("Jumlah")).containsExactly("1", "1", "1", "1", "100,0");
        assertThat(csv(admin, "/console/reports/placements.csv?from=2026-10-01&to=2026-11-27&by=centre")
                .get("Jumlah")).containsExactly("10", "7", "6", "4", "40,0");
    }

    @Test
    void theDefaultPeriodIsTheLastNinetyDaysAndTheAdministratorMayNarrowItToOneCentre() {
        ConsoleClient admin = fixture.signedIn("kepala");

        HttpResponse<String> page = admin.get("/console/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"2026-08-30\"").contains("value=\"2026-11-27\"")
                .contains("(90 hari)").contains("<svg").contains("chart-funnel");
        assertThat(csv(admin, "/console/reports/placements.csv?by=centre&centre=blk-tangerang").get("Jumlah"))
                .containsExactly("1", "1", "1", "1", "100,0");
    }

    @Test
    void centreStaffCountOnlyTheSlipsOfTheirOwnCentresKiosks() {
        Map<String, List<String>> batang = csv(fixture.signedIn("staf.batang"),
                "/console/reports/placements.csv?" + NOVEMBER + "&by=employer&centre=blk-tangerang");
        assertThat(batang.get("Jumlah")).containsExactly("8", "5", "4", "2", "25,0");
        assertThat(batang).doesNotContainKey("PT Komponen Contoh (fiktif)");

        Map<String, List<String>> tangerang = csv(fixture.signedIn("staf.tangerang"),
                "/console/reports/placements.csv?" + NOVEMBER + "&by=employer");
        assertThat(tangerang.keySet()).containsExactly("Pemberi kerja", "PT Komponen Contoh (fiktif)", "Jumlah");
    }

    @Test
    void anEmployerNeverSeesAnotherEmployersReferralsOnThePageOrInTheCsv() {
        ConsoleClient kaca = fixture.signedIn("hrd.kaca");

        for (String by : List.of("employer", "centre", "trade", "estate")) {
            HttpResponse<String> page = kaca.get("/console/reports?" + NOVEMBER + "&by=" + by + "&centre=blk-tangerang");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("PT Sepatu Contoh").doesNotContain("PT Komponen Contoh");
            HttpResponse<String> file = kaca.get("/console/reports/placements.csv?" + NOVEMBER + "&by=" + by);
            assertThat(file.body()).doesNotContain("PT Sepatu Contoh").doesNotContain("PT Komponen Contoh");
            assertThat(parse(file.body(), ';').get("Jumlah")).containsExactly("2", "1", "1", "1", "50,0");
        }
        assertThat(csv(kaca, "/console/reports/placements.csv?" + NOVEMBER + "&by=employer").keySet())
                .containsExactly("Pemberi kerja", "PT Kaca Contoh (fiktif)", "Jumlah");
        assertThat(kaca.get("/console/reports/supply").statusCode()).isEqualTo(403);
        assertThat(kaca.get("/console/reports/supply.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndSemicolonsInIndonesianOrCommasInEnglish() {
        ConsoleClient admin = fixture.signedIn("kepala");

        HttpResponse<String> indonesian = admin.get("/console/reports/placements.csv?" + NOVEMBER + "&by=employer");
        assertThat(indonesian.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("utf-8");
        assertThat(indonesian.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"penempatan-2026-11-01-2026-11-27.csv\"");
        assertThat(indonesian.body()).startsWith("\uFEFFPemberi kerja;Slip dicetak;").contains("\r\n");

        admin.get("/console/lang?to=en&back=/console/reports");
        HttpResponse<String> english = admin.get("/console/reports/placements.csv?" + NOVEMBER + "&by=employer");
        assertThat(english.body()).startsWith("\uFEFFEmployer,Slips issued,");
        assertThat(parse(english.body(), ',').get("Total")).containsExactly("9", "6", "5", "3", "33.3");
    }

    @Test
    void aWrongDateIsShownBesideItsFieldAndTheCsvRefusesIt() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> page = staff.get("/console/reports?from=27-11-2026&to=2026-11-01");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"from-error\"").contains("Tulis tanggal sebagai tttt-bb-hh");
        HttpResponse<String> backwards = staff.get("/console/reports?from=2026-11-20&to=2026-11-01");
        assertThat(backwards.body()).contains("id=\"to-error\"");
        assertThat(staff.get("/console/reports/placements.csv?from=2026-11-20&to=2026-11-01").statusCode()).isEqualTo(400);
    }

    /** A CSV answer read back with Commons CSV: first cell of each row to the rest. */
    static Map<String, List<String>> csv(ConsoleClient client, String path) {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return parse(answer.body(), ';');
    }

    static Map<String, List<String>> parse(String body, char delimiter) {
        assertThat(body).startsWith("\uFEFF");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try {
            for (CSVRecord record : CSVFormat.EXCEL.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(body.substring(1)))) {
                List<String> cells = record.toList();
                rows.put(cells.get(0), cells.subList(1, cells.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
