package id.anjungan.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.db.Database;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty database with the demo data set: fictional employers and their vacancies around
 * Batang, Pekalongan, Pemalang, Tangerang, Serang and Gresik. Dates in the data are relative to the
 * day of loading, so a demo started any day has vacancies posted recently, some closing soon and
 * some already expired.
 */
public final class DemoDataLoader {
    private static final String REFERENCE = "/demo/reference.json";
    private static final String VACANCIES = "/demo/vacancies.json";

    private final Database database;
    private final ReferenceStore referenceStore;
    private final VacancyStore vacancyStore;
    private final Clock clock;

    public DemoDataLoader(Database database, ReferenceStore referenceStore, VacancyStore vacancyStore, Clock clock) {
        this.database = database;
        this.referenceStore = referenceStore;
        this.vacancyStore = vacancyStore;
        this.clock = clock;
    }

    /** Loads the demo data if the database holds no vacancies yet; returns how many vacancies it loaded. */
    public int loadIfEmpty() {
        ReferenceData reference = read(REFERENCE, ReferenceData.class);
        List<Vacancy> vacancies = vacancies(read(VACANCIES, JsonNode.class), LocalDate.now(clock));
        return database.inTransaction(c -> {
            if (vacancyStore.count(c) > 0) {
                return 0;
            }
            for (var region : reference.regions()) {
                referenceStore.upsertRegion(c, region);
            }
            for (var estate : reference.estates()) {
                referenceStore.upsertEstate(c, estate);
            }
            for (var trade : reference.trades()) {
                referenceStore.upsertTrade(c, trade);
            }
            for (var employer : reference.employers()) {
                referenceStore.upsertEmployer(c, employer);
            }
            for (var centre : reference.centres()) {
                referenceStore.upsertCentre(c, centre);
            }
            for (Vacancy vacancy : vacancies) {
                vacancyStore.upsert(c, vacancy);
            }
            return vacancies.size();
        });
    }

    /** Turns templates with "postedDaysAgo" and "validDaysFromToday" into vacancies dated from today. */
    List<Vacancy> vacancies(JsonNode templates, LocalDate today) {
        List<Vacancy> result = new ArrayList<>();
        for (JsonNode template : templates) {
            ObjectNode node = template.deepCopy();
            LocalDate posted = today.minusDays(node.remove("postedDaysAgo").asInt());
            LocalDate validThrough = today.plusDays(node.remove("validDaysFromToday").asInt());
            node.put("datePosted", posted.toString());
            node.put("validThrough", validThrough.toString());
            node.put("updatedAt", posted.atStartOfDay(clock.getZone()).toInstant().toString());
            try {
                result.add(ProtocolJson.mapper().treeToValue(node, Vacancy.class));
            } catch (IOException e) {
                throw new IllegalStateException("demo vacancy " + node.path("id").asText() + " is invalid: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data resource " + resource + " is missing from the build");
            }
            return ProtocolJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + resource, e);
        }
    }
}
