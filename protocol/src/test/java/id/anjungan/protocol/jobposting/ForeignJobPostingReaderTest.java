package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingFixtures.googleExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a posting shaped like the example in Google's JobPosting documentation, which knows none of our ids. */
class ForeignJobPostingReaderTest {
    /** What the feed importer would do: look the names up in its reference data. */
    static final JobPostingReader IMPORTER = new JobPostingReader()
            .withEmployerResolver(hints -> hints.employerName().startsWith("PT Roda Logam Nusantara") ? "roda-logam-nusantara" : null)
            .withRegionResolver(hints -> "Pasar Kemis".equals(hints.locality()) ? "36.03" : null)
            .withTradeResolver(hints -> hints.title().contains("CNC") ? "teknik-mesin" : null);

    @Test
    void theGoogleStyleExampleReadsAsAVacancy() {
        ImportedJobPosting imported = IMPORTER.read(googleExample());
        Vacancy vacancy = imported.vacancy();

        assertThat(vacancy.id()).isEqualTo("RLN-2026-031");
        assertThat(vacancy.title()).isEqualTo("Operator Mesin CNC Bubut");
        assertThat(vacancy.employerId()).isEqualTo("roda-logam-nusantara");
        assertThat(vacancy.regionId()).isEqualTo("36.03");
        assertThat(vacancy.tradeId()).isEqualTo("teknik-mesin");
        assertThat(vacancy.estateId()).isNull();
        assertThat(vacancy.town()).isEqualTo("Pasar Kemis");
        assertThat(vacancy.datePosted()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(vacancy.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(vacancy.openings()).isEqualTo(1);
        assertThat(vacancy.pay()).isEqualTo(Pay.monthly(5_200_000));
        assertThat(vacancy.isLiveOn(LocalDate.of(2026, 12, 10))).isTrue();
    }

    @Test
    void aDeadlineAtMidnightLeavesTheDayBeforeAsTheLastDay() {
        Vacancy vacancy = IMPORTER.read(googleExample()).vacancy();

        assertThat(vacancy.validThrough()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void anHtmlDescriptionBecomesPlainText() {
        Vacancy vacancy = IMPORTER.read(googleExample()).vacancy();

        assertThat(vacancy.description()).isEqualTo("""
                PT Roda Logam Nusantara (fiktif) membutuhkan operator mesin CNC bubut untuk produksi komponen velg di Pasar Kemis.

                Persyaratan: lulusan SMK Teknik Mesin & mampu membaca gambar teknik.
                Bersedia kerja shift.""");
    }

    @Test
    void theHintsKeepTheWordsThePostingUsedForEmployerAndPlace() {
        JobPostingHints hints = IMPORTER.read(googleExample()).hints();

        assertThat(hints.employerName()).isEqualTo("PT Roda Logam Nusantara (fiktif)");
        assertThat(hints.streetAddress()).isEqualTo("Jl. Raya Pasar Kemis Km 4");
        assertThat(hints.locality()).isEqualTo("Pasar Kemis");
        assertThat(hints.regionName()).isEqualTo("Banten");
        assertThat(hints.estateName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "datePosted", "validThrough", "hiringOrganization"})
    void aPostingWithoutARequiredPropertyIsRefusedNamingIt(String property) {
        ObjectNode posting = googleExample();
        posting.remove(property);

        assertThatThrownBy(() -> IMPORTER.read(posting))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessage("JobPosting " + property + ": required, but missing")
                .extracting(e -> ((JobPostingFormatException) e).property()).isEqualTo(property);
    }

    @Test
    void aPostingWithAnEmptyTitleIsRefusedNamingTitle() {
        ObjectNode posting = googleExample();
        posting.put("title", "  ");

        assertThatThrownBy(() -> IMPORTER.read(posting))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessageContaining("title");
    }

    @Test
    void aPostingWhoseRegionNoResolverKnowsIsRefusedNamingItsLocation() {
        ObjectNode posting = googleExample();
        posting.withObjectProperty("jobLocation").withObjectProperty("address").put("addressLocality", "Cikupa");

        assertThatThrownBy(() -> IMPORTER.read(posting))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessageStartingWith("JobPosting jobLocation: cannot tell our id")
                .hasMessageContaining("Cikupa");
    }

    @Test
    void withoutResolversAForeignPostingIsRefusedNamingItsEmployer() {
        assertThatThrownBy(() -> new JobPostingReader().read(googleExample()))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessageStartingWith("JobPosting hiringOrganization: cannot tell our id");
    }

    @Test
    void payInAnotherCurrencyIsRefusedNamingBaseSalary() {
        ObjectNode posting = googleExample();
        posting.withObjectProperty("baseSalary").put("currency", "JPY");

        assertThatThrownBy(() -> IMPORTER.read(posting))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessage("JobPosting baseSalary: pay in JPY is not supported, only rupiah (IDR)");
    }

    @Test
    void aRefusedPostingAsksNoResolver() {
        ObjectNode posting = googleExample();
        posting.withObjectProperty("baseSalary").put("currency", "USD");
        List<JobPostingHints> asked = new ArrayList<>();
        JobPostingReader recording = new JobPostingReader().withEmployerResolver(hints -> {
            asked.add(hints);
            return "roda-logam-nusantara";
        });

        assertThatThrownBy(() -> recording.read(posting)).isInstanceOf(JobPostingFormatException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void aDeadlineBeforeThePostingDateIsRefusedNamingValidThrough() {
        ObjectNode posting = googleExample();
        posting.put("validThrough", "2026-11-01");

        assertThatThrownBy(() -> IMPORTER.read(posting))
                .isInstanceOf(JobPostingFormatException.class)
                .hasMessage("JobPosting validThrough: ends on 2026-11-01, before datePosted 2026-11-10");
    }

    @Test
    void aPostingWithoutAnIdentifierGetsTheSameDerivedIdEachTime() {
        ObjectNode posting = googleExample();
        posting.remove("identifier");
        ObjectNode retitled = posting.deepCopy().put("title", "Operator Mesin CNC Frais");

        String id = IMPORTER.read(posting).vacancy().id();
        assertThat(IMPORTER.read(posting.deepCopy()).vacancy().id()).isEqualTo(id);
        assertThat(IMPORTER.read(retitled).vacancy().id()).isNotEqualTo(id);
    }

    @Test
    void aPayRangeIsReadWithItsUnit() {
        ObjectNode posting = googleExample();
        posting.withObjectProperty("baseSalary").putObject("value")
                .put("@type", "QuantitativeValue").put("minValue", 150000).put("maxValue", 175000).put("unitText", "DAY");

        assertThat(IMPORTER.read(posting).vacancy().pay())
                .isEqualTo(new Pay(PayKind.AMOUNT, 150_000L, 175_000L, PayPeriod.DAY));
    }
}
