package id.anjungan.server.vacancy;

import static id.anjungan.server.testing.TestCatalogue.BATANG;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.sync.Scope;
import id.anjungan.server.testing.ProtocolJsonTrees;
import id.anjungan.server.testing.RunningServer;
import id.anjungan.server.testing.TestCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VacancyAdminApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    private RunningServer running;

    @BeforeEach
    void startAServerWithTwoRegions() {
        running = RunningServer.empty(folder, CLOCK);
        new TestCatalogue(running.server()).seedReference();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aSavedVacancyIsStampedWithTheServersTimeAndLoggedForKiosks() throws Exception {
        SyncCursor before = running.server().services().sync().head();

        var response = running.put("/api/v1/admin/vacancies/v-1", TestCatalogue.welder("v-1", BATANG, TODAY, TODAY.plusDays(5)));

        assertThat(response.statusCode()).isEqualTo(200);
        Vacancy saved = ProtocolJson.mapper().readValue(response.body(), Vacancy.class);
        assertThat(saved.updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(running.server().services().sync().changesAfter(before, 10, Scope.EVERYTHING).changes())
                .singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("v-1"));
    }

    @Test
    void aVacancyNamingAnEmployerOfAnotherRegionIsRefusedNamingTheField() {
        Vacancy wrong = TestCatalogue.welder("v-2", BATANG, TODAY, TODAY.plusDays(5));
        Vacancy elsewhere = new Vacancy(wrong.id(), wrong.title(), wrong.description(), TestCatalogue.TANGERANG_EMPLOYER,
                wrong.tradeId(), null, BATANG, null, null, null, 1, null, null, null, null, false, null,
                TODAY, TODAY.plusDays(5), null, null);

        var response = running.put("/api/v1/admin/vacancies/v-2", elsewhere);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProtocolJsonTrees.field(response.body(), "message")).startsWith("regionId").contains(TANGERANG);
    }

    @Test
    void anInvalidBodyIsRefusedWithTheRecordsOwnReason() {
        String noOpenings = "{\"id\":\"v-3\",\"title\":\"Welder\",\"employerId\":\"emp-batang\",\"tradeId\":\"las\","
                + "\"regionId\":\"33.25\",\"openings\":0,\"datePosted\":\"2026-11-27\",\"validThrough\":\"2026-12-27\"}";

        var response = running.put("/api/v1/admin/vacancies/v-3", noOpenings);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProtocolJsonTrees.field(response.body(), "message")).contains("at least one opening");
    }

    @Test
    void aDeletedVacancyLeavesATombstoneAndIsGone() {
        running.put("/api/v1/admin/vacancies/v-4", TestCatalogue.welder("v-4", BATANG, TODAY, TODAY.plusDays(5)));
        SyncCursor before = running.server().services().sync().head();

        var deleted = running.delete("/api/v1/admin/vacancies/v-4");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(running.get("/api/v1/vacancies/v-4").statusCode()).isEqualTo(404);
        assertThat(running.server().services().sync().changesAfter(before, 10, Scope.EVERYTHING).changes())
                .singleElement().satisfies(c -> assertThat(c.op()).isEqualTo(ChangeOperation.DELETE));
        assertThat(running.delete("/api/v1/admin/vacancies/v-4").statusCode()).isEqualTo(404);
    }
}
