package id.anjungan.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.account.Principal;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.kiosk.Secrets;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancySearch;
import id.anjungan.server.vacancy.VacancySearch.State;
import id.anjungan.server.vacancy.VacancyService;
import id.anjungan.server.vacancy.VacancyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Vacancies as the console shows them to one account: each role sees and changes only what it
 * reaches (see {@link Principal}). Every write goes through {@link VacancyService#save}, so its
 * reference checks apply and kiosks receive the change through the change log; each write is
 * audited in the same transaction.
 */
public final class ConsoleVacancyService {
    public static final int PAGE_SIZE = 50;
    public static final int EXTEND_DAYS = 14;

    private final Database database;
    private final VacancyService vacancies;
    private final VacancyStore store;
    private final VacancySearch search;
    private final ReferenceStore reference;
    private final AuditLog audit;
    private final Clock clock;

    public ConsoleVacancyService(Database database, VacancyService vacancies, VacancyStore store, VacancySearch search,
                                 ReferenceStore reference, AuditLog audit, Clock clock) {
        this.database = database;
        this.vacancies = vacancies;
        this.store = store;
        this.search = search;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list's filters; null or blank means any. */
    public record Filter(String text, String regionId, String tradeId, State state, String employerId, int page) {
    }

    /** One line of the list. */
    public record Row(Vacancy vacancy, String employerName, String tradeName, String regionName, State state) {
    }

    public record Result(List<Row> rows, int total, int page, int pages) {
    }

    /** What the filters and the form offer this account. */
    public record Choices(List<Region> regions, List<id.anjungan.protocol.reference.Trade> trades, List<Employer> employers,
                          List<id.anjungan.protocol.reference.IndustrialEstate> estates) {
    }

    public Result search(Principal who, Filter filter) {
        LocalDate today = today();
        VacancySearch.Criteria criteria = new VacancySearch.Criteria(
                who.isStaff() ? who.scopeRegionIds() : null,
                who.isEmployer() ? who.account().employerId() : blank(filter.employerId()),
                blank(filter.regionId()), blank(filter.tradeId()), filter.state());
        record Found(List<Vacancy> vacancies, ReferenceData reference) {
        }
        Found found = database.readConsistent(c -> new Found(search.find(c, criteria, today), reference.loadAll(c)));
        String text = blank(filter.text()) == null ? null : filter.text().trim().toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        for (Vacancy v : found.vacancies()) {
            Row row = row(v, found.reference(), today);
            if (text == null || matches(row, text)) {
                rows.add(row);
            }
        }
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(filter.page(), 1), pages);
        List<Row> shown = rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE));
        return new Result(List.copyOf(shown), rows.size(), page, pages);
    }

    /** A vacancy this account reaches; any other is "not found", so its existence does not show. */
    public Row get(Principal who, String id) {
        LocalDate today = today();
        return database.readConsistent(c -> {
            Vacancy v = store.find(c, id).filter(found -> who.reachesVacancy(found.employerId(), found.regionId()))
                    .orElseThrow(() -> new NotFoundException("vacancy", id));
            return row(v, reference.loadAll(c), today);
        });
    }

    public Choices choices(Principal who) {
        ReferenceData all = database.read(reference::loadAll);
        List<Region> regions = all.regions().stream()
                .filter(r -> !who.isStaff() || who.scopeRegionIds().contains(r.id())).toList();
        List<Employer> employers = all.employers().stream()
                .filter(e -> who.reachesVacancy(e.id(), e.regionId()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        return new Choices(regions, all.trades(), employers, all.estates());
    }

    public Optional<Employer> employer(String id) {
        return database.read(c -> reference.employer(c, id));
    }

    /** A fresh id for a vacancy made in the console. */
    public static String newId() {
        return "lk-" + Secrets.newEnrolmentCode().replace("-", "").toLowerCase(Locale.ROOT);
    }

    public Vacancy create(Principal who, Vacancy draft) {
        return save(who, draft, true, "vacancy.create");
    }

    public Vacancy update(Principal who, Vacancy edited) {
        return save(who, edited, false, "vacancy.update");
    }

    public Vacancy markFilled(Principal who, String id) {
        return change(who, id, "vacancy.filled", v -> with(v, VacancyStatus.FILLED, v.validThrough()));
    }

    public Vacancy close(Principal who, String id) {
        return change(who, id, "vacancy.close", v -> with(v, VacancyStatus.CLOSED, v.validThrough()));
    }

    /** Moves the deadline {@value #EXTEND_DAYS} days on, from today if it has already passed. */
    public Vacancy extend(Principal who, String id) {
        LocalDate today = today();
        return change(who, id, "vacancy.extend", v -> {
            LocalDate from = v.validThrough().isBefore(today) ? today : v.validThrough();
            return with(v, v.status(), from.plusDays(EXTEND_DAYS));
        });
    }

    private Vacancy change(Principal who, String id, String action, UnaryOperator<Vacancy> how) {
        Vacancy current = get(who, id).vacancy();
        return save(who, how.apply(current), false, action);
    }

    private Vacancy save(Principal who, Vacancy vacancy, boolean creating, String action) {
        if (!who.reachesVacancy(vacancy.employerId(), vacancy.regionId())) {
            throw InvalidFieldsException.of("employerId", "vacancy.error.employerNotYours");
        }
        try {
            return vacancies.save(vacancy, (c, previous, saved) -> {
                if (creating && previous.isPresent()) {
                    throw new BadRequestException("id: a vacancy '" + saved.id() + "' exists already");
                }
                if (!creating && (previous.isEmpty()
                        || !who.reachesVacancy(previous.get().employerId(), previous.get().regionId()))) {
                    throw new NotFoundException("vacancy", saved.id());
                }
                audit.append(c, Actor.of(who), action, "vacancy", saved.id(),
                        previous.map(p -> difference(p, saved)).orElse(saved.title()));
            });
        } catch (BadRequestException e) {
            throw fieldError(e);
        }
    }

    /** VacancyService names the field first ("employerId: no employer 'x'"); the page shows it there. */
    private static RuntimeException fieldError(BadRequestException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        String field = colon > 0 ? message.substring(0, colon) : "";
        return switch (field) {
            case "employerId", "regionId", "tradeId", "estateId" ->
                    InvalidFieldsException.of(field.equals("regionId") ? "employerId" : field, "vacancy.error." + field);
            default -> InvalidFieldsException.of("_form", "vacancy.error.invalid");
        };
    }

    /** "title: Welder → Welder SMAW; openings: 3 → 5": what an edit changed, for the audit log. */
    static String difference(Vacancy before, Vacancy after) {
        JsonNode a = ProtocolJson.mapper().valueToTree(before);
        JsonNode b = ProtocolJson.mapper().valueToTree(after);
        List<String> changes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("updatedAt")) {
                continue;
            }
            JsonNode old = a.get(field.getKey());
            if (old == null || !old.equals(field.getValue())) {
                changes.add(field.getKey() + ": " + shortText(old) + " → " + shortText(field.getValue()));
            }
        }
        return changes.isEmpty() ? "(no change)" : String.join("; ", changes);
    }

    private static String shortText(JsonNode node) {
        String text = node == null || node.isNull() ? "–" : node.isTextual() ? node.asText() : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static Vacancy with(Vacancy v, VacancyStatus status, LocalDate validThrough) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), validThrough, status, v.updatedAt());
    }

    private static Row row(Vacancy v, ReferenceData reference, LocalDate today) {
        return new Row(v,
                reference.employer(v.employerId()).map(Employer::name).orElse(v.employerId()),
                reference.trade(v.tradeId()).map(t -> t.name()).orElse(v.tradeId()),
                reference.region(v.regionId()).map(Region::displayName).orElse(v.regionId()),
                VacancySearch.stateOf(v, today));
    }

    private static boolean matches(Row row, String text) {
        Vacancy v = row.vacancy();
        return contains(v.title(), text) || contains(row.employerName(), text) || contains(v.town(), text)
                || contains(v.id(), text) || contains(row.tradeName(), text) || contains(v.kbjiCode(), text);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(id.anjungan.server.SyncServer.ZONE));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
