package id.anjungan.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), SyncServer.ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static ReferenceData reference;
    private static List<Vacancy> vacancies;

    @BeforeAll
    static void readTheDemoSet() throws Exception {
        try (InputStream ref = DemoDataLoaderTest.class.getResourceAsStream("/demo/reference.json");
             InputStream vac = DemoDataLoaderTest.class.getResourceAsStream("/demo/vacancies.json")) {
            reference = ProtocolJson.mapper().readValue(ref, ReferenceData.class);
            JsonNode templates = ProtocolJson.mapper().readTree(vac);
            vacancies = new DemoDataLoader(null, null, null, CLOCK).vacancies(templates, TODAY);
        }
    }

    @Test
    void templateDatesAreCountedFromTheDayOfLoading() {
        assertThat(vacancies).allSatisfy(v -> assertThat(v.datePosted()).isBeforeOrEqualTo(TODAY));
        assertThat(vacancies).anyMatch(v -> v.validThrough().isBefore(TODAY));
        assertThat(vacancies).anyMatch(v -> !v.validThrough().isBefore(TODAY) && v.validThrough().isBefore(TODAY.plusDays(4)));
    }

    @Test
    void everyVacancyPointsAtAnEmployerOfItsOwnRegionAndAKnownTrade() {
        Map<String, String> employerRegion = reference.employers().stream()
                .collect(Collectors.toMap(e -> e.id(), e -> e.regionId()));
        Set<String> trades = reference.trades().stream().map(t -> t.id()).collect(Collectors.toSet());

        assertThat(vacancies).allSatisfy(v -> {
            assertThat(employerRegion).containsEntry(v.employerId(), v.regionId());
            assertThat(trades).contains(v.tradeId());
        });
    }

    @Test
    void everyTradeHasVacanciesAndIdsAreUnique() {
        Set<String> usedTrades = vacancies.stream().map(Vacancy::tradeId).collect(Collectors.toSet());

        assertThat(usedTrades).containsAll(reference.trades().stream().map(t -> t.id()).toList());
        assertThat(vacancies.stream().map(Vacancy::id).distinct().count()).isEqualTo(vacancies.size());
    }

    @Test
    void monthlyFullTimePayIsNeverBelowTheRegionalMinimumWage() {
        Map<String, Region> regions = reference.regions().stream().collect(Collectors.toMap(Region::id, Function.identity()));

        assertThat(vacancies.stream()
                .filter(v -> v.pay().kind() == PayKind.AMOUNT && v.pay().period() == PayPeriod.MONTH)
                .filter(v -> v.employmentType() == EmploymentType.FULL_TIME))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.pay().min())
                        .as("pay of %s", v.id())
                        .isGreaterThanOrEqualTo(regions.get(v.regionId()).minimumWage()));
    }
}
