package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.function.Consumer;

/** The vacancies and reference data the JobPosting tests write and read. */
final class JobPostingFixtures {
    static final ReferenceData REFERENCE = Fixtures.read("reference-data.json", ReferenceData.class);

    private JobPostingFixtures() {
    }

    static Vacancy fullVacancy() {
        return Fixtures.read("vacancy-full.json", Vacancy.class);
    }

    static Vacancy minimalVacancy() {
        return Fixtures.read("vacancy-minimum.json", Vacancy.class);
    }

    /** The full vacancy with its wire JSON changed, such as another pay. */
    static Vacancy fullVacancyWith(Consumer<ObjectNode> change) {
        ObjectNode json = Fixtures.tree("vacancy-full.json");
        change.accept(json);
        try {
            return ProtocolJson.mapper().treeToValue(json, Vacancy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ObjectNode googleExample() {
        return Fixtures.tree("jobposting-google-example.json");
    }
}
