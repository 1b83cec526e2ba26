package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingFixtures.REFERENCE;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.fullVacancy;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.fullVacancyWith;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.minimalVacancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobPostingRoundTripTest {
    private final JobPostingWriter writer = new JobPostingWriter(REFERENCE);
    private final JobPostingReader reader = new JobPostingReader();

    @Test
    void aVacancyWithEveryFieldSurvivesTheJobPostingRoundTrip() {
        Vacancy vacancy = fullVacancy();

        assertThat(roundTrip(vacancy)).isEqualTo(vacancy);
    }

    @Test
    void aMinimalVacancySurvivesTheJobPostingRoundTrip() {
        Vacancy vacancy = minimalVacancy();

        assertThat(roundTrip(vacancy)).isEqualTo(vacancy);
    }

    @Test
    void thePinnedJobPostingReadsAsTheVacancyWithEveryField() {
        JsonNode pinned = Fixtures.tree("jobposting-expected.json");

        assertThat(reader.read(pinned).vacancy()).isEqualTo(fullVacancy());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\": \"MINIMUM_WAGE\"}",
        "{\"kind\": \"MINIMUM_WAGE\", \"period\": \"DAY\"}",
        "{\"kind\": \"NEGOTIABLE\", \"period\": \"WEEK\"}",
        "{\"kind\": \"AMOUNT\", \"min\": 150000, \"period\": \"DAY\"}",
        "{\"kind\": \"AMOUNT\", \"min\": 25000, \"max\": 25000, \"period\": \"HOUR\"}"
    })
    void everyKindOfPaySurvivesTheJobPostingRoundTrip(String pay) {
        Vacancy vacancy = fullVacancyWith(json -> json.set("pay", Fixtures.parse(pay)));

        assertThat(roundTrip(vacancy).pay()).isEqualTo(vacancy.pay());
    }

    @ParameterizedTest
    @EnumSource(EducationLevel.class)
    void everyEducationLevelSurvivesTheJobPostingRoundTrip(EducationLevel level) {
        Vacancy vacancy = fullVacancyWith(json -> json.withObjectProperty("requirements")
                .put("minimumEducation", level.name()));

        assertThat(roundTrip(vacancy)).isEqualTo(vacancy);
    }

    @Test
    void skillsContainingCommasSurviveTheJobPostingRoundTrip() {
        Vacancy vacancy = fullVacancyWith(json -> json.putArray("skills")
                .add("Las SMAW, FCAW dan GTAW").add("K3 pengelasan"));

        assertThat(roundTrip(vacancy)).isEqualTo(vacancy);
    }

    @Test
    void aFilledVacancyWithoutEstateTownOrInstructionsSurvivesTheJobPostingRoundTrip() {
        Vacancy vacancy = fullVacancyWith(json -> {
            json.remove("estateId");
            json.remove("town");
            json.remove("howToApply");
            json.remove("workHours");
            json.put("status", "FILLED");
        });

        assertThat(roundTrip(vacancy)).isEqualTo(vacancy);
    }

    @Test
    void ourPostingReadsTheSameWhenItsContextBindsOurNamespaceToAnotherPrefix() {
        ObjectNode renamed = writer.write(fullVacancy());
        renamed.withObjectProperty("@context").remove("abk");
        renamed.withObjectProperty("@context").put("anjungan", JobPostingVocabulary.NAMESPACE);
        List<String> extensions = new ArrayList<>();
        renamed.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("abk:")) {
                extensions.add(name);
            }
        });
        extensions.forEach(name -> renamed.set("anjungan:" + name.substring("abk:".length()), renamed.remove(name)));

        assertThat(reader.read(renamed).vacancy()).isEqualTo(fullVacancy());
    }

    @Test
    void resolversAreNotAskedForIdsOurPostingCarries() {
        IdResolver refusing = hints -> {
            throw new AssertionError("asked to resolve " + hints);
        };
        JobPostingReader importer = reader.withEmployerResolver(refusing).withRegionResolver(refusing)
                .withTradeResolver(refusing).withEstateResolver(refusing);

        assertThat(importer.read(writer.write(fullVacancy())).vacancy()).isEqualTo(fullVacancy());
    }

    /** Written, sent as text, parsed and read again, as a feed consumer would. */
    private Vacancy roundTrip(Vacancy vacancy) {
        return reader.read(Fixtures.asWritten(writer.write(vacancy))).vacancy();
    }
}
