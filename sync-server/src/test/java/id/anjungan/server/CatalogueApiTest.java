package id.anjungan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.testing.RunningServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), SyncServer.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    @Test
    void aNewServerMigratesItsDatabaseAndAnswersHealthWithTheDemoVacancyCount() throws Exception {
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            var response = running.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode health = ProtocolJson.mapper().readTree(response.body());
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.path("vacancies").asInt()).isGreaterThanOrEqualTo(150);
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("sync-server.db"));
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1");
        }
    }

    @Test
    void theVacancyListHoldsTheDemoSetAcrossRegionsWithSomeAlreadyExpired() throws Exception {
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            List<Vacancy> vacancies = ProtocolJson.mapper().readValue(
                    running.get("/api/v1/vacancies").body(), new TypeReference<List<Vacancy>>() { });

            assertThat(vacancies).hasSizeGreaterThanOrEqualTo(150);
            assertThat(vacancies).anyMatch(v -> !v.isLiveOn(TODAY));
            assertThat(vacancies.stream().filter(v -> v.isLiveOn(TODAY)).count()).isGreaterThan(100);
            Set<String> regions = vacancies.stream().map(Vacancy::regionId).collect(Collectors.toSet());
            assertThat(regions).contains("33.25", "33.26", "33.75", "33.27", "36.03");
            assertThat(vacancies).allSatisfy(v -> assertThat(v.datePosted()).isBeforeOrEqualTo(TODAY));
        }
    }

    @Test
    void referenceDataHoldsTheCentresOfTheDemoRegionsAndOnlyFictionalEmployers() throws Exception {
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            ReferenceData reference = ProtocolJson.mapper().readValue(
                    running.get("/api/v1/reference").body(), ReferenceData.class);

            assertThat(reference.centres().stream().filter(c -> c.kind() == TrainingCentreKind.BLKK)
                    .filter(c -> c.regionId().equals("33.25")).count()).isEqualTo(17);
            assertThat(reference.centres()).anyMatch(c -> c.kind() == TrainingCentreKind.BLK);
            assertThat(reference.estates()).anyMatch(e -> e.id().equals("kit-batang"));
            assertThat(reference.employers()).isNotEmpty().allMatch(e -> e.fictional());
            assertThat(reference.region("33.25")).get().extracting(r -> r.minimumWage()).isEqualTo(2_534_383L);
        }
    }

    @Test
    void oneVacancyIsServedByIdAndAnUnknownIdGetsA404WithAReason() throws Exception {
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            var found = running.get("/api/v1/vacancies/demo-0001");
            var missing = running.get("/api/v1/vacancies/tidak-ada");

            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(ProtocolJson.mapper().readValue(found.body(), Vacancy.class).id()).isEqualTo("demo-0001");
            assertThat(missing.statusCode()).isEqualTo(404);
            JsonNode error = ProtocolJson.mapper().readTree(missing.body());
            assertThat(error.path("error").asText()).isEqualTo("not_found");
            assertThat(error.path("message").asText()).contains("tidak-ada");
        }
    }

    @Test
    void restartingOnTheSameDatabaseKeepsTheDataAndLoadsTheDemoSetOnlyOnce() throws Exception {
        int first;
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            first = ProtocolJson.mapper().readTree(running.get("/health").body()).path("vacancies").asInt();
        }
        try (RunningServer running = RunningServer.withDemoData(folder, CLOCK)) {
            int second = ProtocolJson.mapper().readTree(running.get("/health").body()).path("vacancies").asInt();
            assertThat(second).isEqualTo(first);
        }
    }
}
