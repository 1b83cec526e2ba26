package id.anjungan.protocol.json;

import static id.anjungan.protocol.Fixtures.asWritten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VacancyJsonTest {
    private final ObjectMapper mapper = ProtocolJson.mapper();

    @Test
    void aVacancyWithEveryFieldReadsFromItsFixture() {
        Vacancy vacancy = Fixtures.read("vacancy-full.json", Vacancy.class);

        assertThat(vacancy.title()).isEqualTo("Juru Las SMAW/FCAW");
        assertThat(vacancy.estateId()).isEqualTo("kit-batang");
        assertThat(vacancy.openings()).isEqualTo(12);
        assertThat(vacancy.pay().kind()).isEqualTo(PayKind.AMOUNT);
        assertThat(vacancy.pay().min()).isEqualTo(2_800_000L);
        assertThat(vacancy.pay().max()).isEqualTo(3_500_000L);
        assertThat(vacancy.requirements().sex()).isEqualTo(Sex.MALE);
        assertThat(vacancy.requirements().minimumEducation()).isEqualTo(EducationLevel.SMK);
        assertThat(vacancy.requirements().jobSeekerCardRequired()).isTrue();
        assertThat(vacancy.skills()).containsExactly("Las SMAW posisi 3G", "Membaca gambar kerja", "K3 pengelasan");
        assertThat(vacancy.validThrough()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(vacancy.updatedAt()).isEqualTo(Instant.parse("2026-11-02T03:15:00Z"));
    }

    @Test
    void aVacancyWithEveryFieldIsWrittenBackExactlyAsItsFixture() {
        Vacancy vacancy = Fixtures.read("vacancy-full.json", Vacancy.class);

        assertThat(asWritten(vacancy)).isEqualTo(Fixtures.tree("vacancy-full.json"));
    }

    @Test
    void aMinimalVacancyGetsItsDefaults() {
        Vacancy vacancy = Fixtures.read("vacancy-minimum.json", Vacancy.class);

        assertThat(vacancy.description()).isEmpty();
        assertThat(vacancy.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(vacancy.pay().kind()).isEqualTo(PayKind.NEGOTIABLE);
        assertThat(vacancy.pay().period()).isEqualTo(PayPeriod.MONTH);
        assertThat(vacancy.requirements().sex()).isEqualTo(Sex.ANY);
        assertThat(vacancy.skills()).isEmpty();
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(vacancy.estateId()).isNull();
        assertThat(vacancy.updatedAt()).isNull();
    }

    @Test
    void aMinimalVacancyIsWrittenWithItsDefaultsSpelledOut() {
        Vacancy vacancy = Fixtures.read("vacancy-minimum.json", Vacancy.class);

        assertThat(asWritten(vacancy)).isEqualTo(Fixtures.tree("vacancy-minimum-as-written.json"));
    }

    @Test
    void aVacancyWithNoOpeningsIsRefusedWithItsReason() {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        json.put("openings", 0);

        assertRefused(json, "a vacancy needs at least one opening, got 0");
    }

    @Test
    void aVacancyWithoutAnOpeningsCountIsRefusedAsHavingNone() {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        json.remove("openings");

        assertRefused(json, "a vacancy needs at least one opening, got 0");
    }

    @Test
    void aVacancyEndingBeforeItWasPostedIsRefusedWithItsReason() {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        json.put("validThrough", "2026-11-01");

        assertRefused(json, "validThrough 2026-11-01 is before datePosted 2026-11-02");
    }

    @Test
    void aPayMaximumBelowItsMinimumIsRefusedWithItsReason() {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        json.withObjectProperty("pay").put("max", 2_000_000);

        assertRefused(json, "pay maximum 2000000 is below its minimum 2800000");
    }

    @Test
    void aVacancyWithoutATitleIsRefusedNamingTheField() {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        json.remove("title");

        assertThatThrownBy(() -> mapper.readValue(json.toString(), Vacancy.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasRootCauseInstanceOf(NullPointerException.class)
                .hasRootCauseMessage("title");
    }

    private void assertRefused(ObjectNode json, String reason) {
        assertThatThrownBy(() -> mapper.readValue(json.toString(), Vacancy.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining(reason)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage(reason);
    }
}
