package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.Fixtures.asWritten;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.REFERENCE;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.fullVacancy;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.fullVacancyWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPostingWriterTest {
    private final JobPostingWriter writer = new JobPostingWriter(REFERENCE);

    @Test
    void aVacancyWithEveryFieldIsWrittenExactlyAsThePinnedJobPosting() {
        ObjectNode posting = writer.write(fullVacancy());

        assertThat(asWritten(posting)).isEqualTo(Fixtures.tree("jobposting-expected.json"));
    }

    @Test
    void theDeadlineIsTheEndOfItsLastDayInJakarta() {
        ObjectNode posting = writer.write(fullVacancy());

        assertThat(posting.get("validThrough").asText()).isEqualTo("2026-12-15T23:59:59+07:00");
        assertThat(posting.get("datePosted").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void payAtTheMinimumWageIsWrittenAsTheRegionsMinimumWage() {
        ObjectNode posting = writer.write(fullVacancyWith(json ->
                json.putObject("pay").put("kind", "MINIMUM_WAGE")));

        assertThat(posting.at("/baseSalary/currency").asText()).isEqualTo("IDR");
        assertThat(posting.at("/baseSalary/value/value").asLong()).isEqualTo(2_534_383L);
        assertThat(posting.at("/baseSalary/value/unitText").asText()).isEqualTo("MONTH");
        assertThat(posting.get("abk:payKind").asText()).isEqualTo("MINIMUM_WAGE");
    }

    @Test
    void aSingleAmountIsWrittenAsOneValue() {
        ObjectNode posting = writer.write(fullVacancyWith(json ->
                json.putObject("pay").put("kind", "AMOUNT").put("min", 150_000).put("period", "DAY")));

        assertThat(posting.at("/baseSalary/value/value").asLong()).isEqualTo(150_000L);
        assertThat(posting.at("/baseSalary/value/unitText").asText()).isEqualTo("DAY");
        assertThat(posting.at("/baseSalary/value").has("minValue")).isFalse();
    }

    @Test
    void negotiablePayStatesNoBaseSalary() {
        ObjectNode posting = writer.write(fullVacancyWith(json -> json.putObject("pay").put("kind", "NEGOTIABLE")));

        assertThat(posting.has("baseSalary")).isFalse();
        assertThat(posting.get("abk:payKind").asText()).isEqualTo("NEGOTIABLE");
    }

    @Test
    void aVacancyWithoutAKbjiCodeNamesItsTradeAsItsOccupationalCategory() {
        ObjectNode posting = writer.write(fullVacancyWith(json -> json.remove("kbjiCode")));

        assertThat(posting.get("occupationalCategory").asText()).isEqualTo("Las");
    }

    @Test
    void skillsAreOneCommaSeparatedText() {
        ObjectNode posting = writer.write(fullVacancy());

        assertThat(posting.get("skills").asText()).isEqualTo("Las SMAW posisi 3G, Membaca gambar kerja, K3 pengelasan");
    }

    @Test
    void skillsThatContainCommasAreWrittenAsAnArrayInstead() {
        ObjectNode posting = writer.write(fullVacancyWith(json -> json.putArray("skills")
                .add("Las SMAW, FCAW dan GTAW").add("K3 pengelasan")));

        assertThat(posting.get("skills").isArray()).isTrue();
        assertThat(posting.get("skills").get(0).asText()).isEqualTo("Las SMAW, FCAW dan GTAW");
    }

    @Test
    void aVacancyOfAnEmployerMissingFromTheReferenceDataIsRefused() {
        ReferenceData withoutEmployers = new ReferenceData(
                REFERENCE.regions(), REFERENCE.estates(), REFERENCE.trades(), List.of(), REFERENCE.centres());

        assertThatThrownBy(() -> new JobPostingWriter(withoutEmployers).write(fullVacancy()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vacancy lowongan-2026-0001 refers to employer baja-rangka-pantura,"
                        + " which is not in the reference data");
    }
}
