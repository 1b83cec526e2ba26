package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.kiosk.testing.TestServer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogClientTest {
    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(folder);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void fetchesEveryVacancyTheServerHolds() throws SyncException {
        List<Vacancy> vacancies = new CatalogClient(server.baseUri()).fetchVacancies();

        assertThat(vacancies).hasSizeGreaterThan(100).isEqualTo(server.vacancies());
        assertThat(vacancies).extracting(Vacancy::id).allMatch(id -> id.startsWith("demo-"));
    }

    @Test
    void fetchesTheReferenceData() throws SyncException {
        ReferenceData reference = new CatalogClient(server.baseUri()).fetchReferenceData();

        assertThat(reference).isEqualTo(server.referenceData());
        assertThat(reference.centre("blkk-batang-1")).isPresent();
        assertThat(reference.region("33.25")).hasValueSatisfying(batang -> assertThat(batang.minimumWage()).isEqualTo(2_534_383));
    }

    @Test
    void aServerAddressWithoutTheTrailingSlashWorksToo() throws SyncException {
        String withoutSlash = server.baseUri().toString().replaceAll("/$", "");

        assertThat(new CatalogClient(java.net.URI.create(withoutSlash)).fetchVacancies()).isNotEmpty();
    }

    @Test
    void aServerThatIsDownIsReportedAsUnreachable() {
        CatalogClient client = new CatalogClient(TestServer.unreachableAddress());

        assertThatThrownBy(client::fetchVacancies).isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void anErrorStatusIsReportedAsAnUnexpectedResponse() {
        CatalogClient client = new CatalogClient(server.baseUri().resolve("no-such-prefix/"));

        assertThatThrownBy(client::fetchReferenceData)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("404");
    }
}
