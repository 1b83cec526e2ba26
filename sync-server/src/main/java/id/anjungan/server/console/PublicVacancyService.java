package id.anjungan.server.console;

import id.anjungan.protocol.jobposting.JobPostingWriter;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancySearch;
import id.anjungan.server.vacancy.VacancyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public page of one vacancy, the one a job seeker's phone opens from the kiosk's QR code.
 * Nothing personal is on it. Its schema.org JobPosting is embedded only while the vacancy is live:
 * search engines are to drop postings that closed.
 */
public final class PublicVacancyService {
    private final Database database;
    private final VacancyStore vacancies;
    private final ReferenceStore reference;
    private final Clock clock;

    public PublicVacancyService(Database database, VacancyStore vacancies, ReferenceStore reference, Clock clock) {
        this.database = database;
        this.vacancies = vacancies;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * @param jobPostingJson the JSON-LD to embed, or null when the vacancy is no longer live
     */
    public record PublicVacancy(Vacancy vacancy, Employer employer, Region region, Trade trade, IndustrialEstate estate,
                                VacancySearch.State state, String jobPostingJson) {
        public boolean live() {
            return state == VacancySearch.State.LIVE;
        }
    }

    public PublicVacancy get(String id) {
        LocalDate today = LocalDate.now(clock.withZone(SyncServer.ZONE));
        return database.readConsistent(c -> {
            Vacancy v = vacancies.find(c, id).orElseThrow(() -> new NotFoundException("vacancy", id));
            Employer employer = reference.employer(c, v.employerId()).orElseThrow();
            Region region = reference.region(c, v.regionId()).orElseThrow();
            Trade trade = reference.trade(c, v.tradeId()).orElseThrow();
            IndustrialEstate estate = v.estateId() == null ? null : reference.estate(c, v.estateId()).orElse(null);
            VacancySearch.State state = VacancySearch.stateOf(v, today);
            String json = null;
            if (state == VacancySearch.State.LIVE) {
                ReferenceData needed = new ReferenceData(List.of(region), estate == null ? List.of() : List.of(estate),
                        List.of(trade), List.of(employer), List.of());
                json = new JobPostingWriter(needed).write(v).toString();
            }
            return new PublicVacancy(v, employer, region, trade, estate, state, json);
        });
    }
}
