package id.anjungan.server.console;

import static id.anjungan.server.console.ReportHttpTest.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demand-supply view and the trainee form through plain HTTP, on the vacancies of {@link ReportSeed}. */
class SupplyHttpTest {
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
    void openPositionsCountTheOpeningsOfLiveVacanciesAroundTheCentreOnly() {
        Map<String, List<String>> rows = csv(fixture.signedIn("staf.batang"), "/console/reports/supply.csv");

        assertThat(rows.get("Kejuruan")).containsExactly("Lowongan terbuka (posisi)", "Iklan lowongan", "Peserta pelatihan",
                "Selisih", "Keadaan");
        // las: v-sepatu-1 and v-kaca-1 (3 each); not the expired v-sepatu-2, the filled v-las-filled, nor Tangerang's.
        assertThat(rows.get("Las")).containsExactly("6", "2", "", "6", "Kekurangan");
        assertThat(rows.get("Menjahit")).containsExactly("10", "1", "", "10", "Kekurangan");
        assertThat(rows).hasSize(3);
    }

    @Test
    void staffEnterTraineeNumbersAndTradesWhereIndustryWantsMoreAreMarkedShort() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> saved = staff.post("/console/reports/trainees",
                Map.of("centreId", "blk-tangerang", "year", "2026", "n.las", "10", "n.menjahit", "4"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse(""))
                .isEqualTo("/console/reports/supply?centre=blkk-batang-1&year=2026&saved=1");
        Map<String, List<String>> rows = csv(staff, "/console/reports/supply.csv?year=2026");
        assertThat(rows.get("Menjahit")).containsExactly("10", "1", "4", "6", "Kekurangan");
        assertThat(rows.get("Las")).containsExactly("6", "2", "10", "-4", "");
        assertThat(rows.keySet()).containsExactly("Kejuruan", "Menjahit", "Las");
        String page = staff.get("/console/reports/supply?year=2026").body();
        assertThat(page).contains("Di 1 kejuruan industri mencari lebih banyak orang").contains("chart-demand-supply")
                .contains("Menjahit — kekurangan 6");
        assertThat(csv(staff, "/console/reports/supply.csv?year=2025").get("Las")).containsExactly("6", "2", "", "6", "Kekurangan");
        // The staff account wrote its own centre's numbers, not Tangerang's.
        assertThat(csv(fixture.signedIn("staf.tangerang"), "/console/reports/supply.csv?year=2026").get("Menjahit"))
                .containsExactly("7", "1", "", "7", "Kekurangan");
        String audit = fixture.signedIn("kepala").get("/console/audit").body();
        assertThat(audit).contains("Mengubah jumlah peserta pelatihan").contains("las –→10;");
    }

    @Test
    void wrongNumbersAreShownBesideTheirFieldsAndNothingIsSaved() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> answer = staff.post("/console/reports/trainees",
                Map.of("year", "1999", "n.las", "-3", "n.menjahit", "dua puluh"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"form-errors\"")
                .contains("<p class=\"field-error\" id=\"year-error\">Tulis tahun antara 2000 dan tahun depan.</p>")
                .contains("<p class=\"field-error\" id=\"n.las-error\">Jumlah peserta tidak boleh negatif.</p>")
                .contains("<p class=\"field-error\" id=\"n.menjahit-error\">Tulis bilangan bulat, misalnya 24.</p>")
                .contains("value=\"dua puluh\"");
        HttpResponse<String> tooMany = staff.post("/console/reports/trainees", Map.of("year", "2026", "n.las", "100001"));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Paling banyak 100.000 orang per kejuruan.");
        assertThat(csv(staff, "/console/reports/supply.csv?year=2026").get("Las")).containsExactly("6", "2", "", "6", "Kekurangan");
    }

    @Test
    void theTraineeFormWithoutItsTokenIsRefusedAndChangesNothing() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> refused = staff.postForm("/console/reports/trainees", Map.of("year", "2026", "n.las", "50"));
        HttpResponse<String> forged = staff.postForm("/console/reports/trainees",
                Map.of("_csrf", "forged", "year", "2026", "n.las", "50"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(csv(staff, "/console/reports/supply.csv?year=2026").get("Las")).containsExactly("6", "2", "", "6", "Kekurangan");
    }

    @Test
    void anAdministratorChoosesTheCentreAndAnEmployerReachesNoneOfIt() {
        ConsoleClient admin = fixture.signedIn("kepala");
        assertThat(admin.post("/console/reports/trainees", Map.of("centreId", "blk-tangerang", "year", "2026",
                "n.menjahit", "9")).statusCode()).isEqualTo(302);
        assertThat(csv(admin, "/console/reports/supply.csv?centre=blk-tangerang&year=2026").get("Menjahit"))
                .containsExactly("7", "1", "9", "-2", "");
        assertThat(admin.get("/console/reports/supply?centre=no-such-centre").statusCode()).isEqualTo(404);

        ConsoleClient employer = fixture.signedIn("hrd.sepatu");
        assertThat(employer.get("/console/reports/trainees").statusCode()).isEqualTo(403);
        assertThat(employer.post("/console/reports/trainees", Map.of("centreId", "blkk-batang-1", "year", "2026",
                "n.las", "1")).statusCode()).isEqualTo(403);
        assertThat(csv(admin, "/console/reports/supply.csv?centre=blkk-batang-1&year=2026").get("Las"))
                .containsExactly("6", "2", "", "6", "Kekurangan");
    }
}
