package id.anjungan.server.report;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import id.anjungan.server.account.Principal;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import id.anjungan.server.vacancy.VacancyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demand against supply per trade for a centre: the openings of live vacancies in the regions its
 * kiosks show (the estates and towns around it) against the trainees it reports for a year; and the
 * trainee numbers centre staff enter. Administrators reach every centre, centre staff their own,
 * employers none.
 */
public final class DemandSupplyService {
    /** The most trainees one centre can report in one trade in a year; a larger number is a typing slip. */
    public static final int MAX_TRAINEES = 100_000;
    public static final int FIRST_YEAR = 2000;

    private final Database database;
    private final ReferenceStore reference;
    private final VacancyStore vacancies;
    private final TraineeSupplyStore supply;
    private final AuditLog audit;
    private final Clock clock;

    public DemandSupplyService(Database database, ReferenceStore reference, VacancyStore vacancies,
                               TraineeSupplyStore supply, AuditLog audit, Clock clock) {
        this.database = database;
        this.reference = reference;
        this.vacancies = vacancies;
        this.supply = supply;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SyncServer.ZONE));
    }

    /** The years a form offers: three back and the next. */
    public List<Integer> selectableYears() {
        int now = today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 3; y--) {
            years.add(y);
        }
        return years;
    }

    /** A year from a query parameter; this year when blank or not a sensible year. */
    public int yearOrThisYear(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            return year >= FIRST_YEAR && year <= today().getYear() + 1 ? year : today().getYear();
        } catch (NumberFormatException e) {
            return today().getYear();
        }
    }

    public DemandSupply view(Principal who, String centreChoice, int year) {
        requireCentreRole(who);
        LocalDate today = today();
        return database.readConsistent(c -> {
            ReferenceData ref = reference.loadAll(c);
            List<TrainingCentre> centres = reachable(who, ref);
            TrainingCentre centre = chosen(who, centres, centreChoice);
            Set<String> regions = scope(centre);
            Map<String, int[]> demand = new HashMap<>();
            for (Vacancy v : vacancies.all(c)) {
                if (v.isLiveOn(today) && regions.contains(v.regionId())) {
                    int[] sum = demand.computeIfAbsent(v.tradeId(), k -> new int[2]);
                    sum[0] += v.openings();
                    sum[1]++;
                }
            }
            Map<String, Integer> trainees = supply.forCentre(c, centre.id(), year);
            List<TradeBalance> rows = new ArrayList<>();
            for (Trade trade : ref.trades()) {
                int[] d = demand.getOrDefault(trade.id(), new int[2]);
                Integer t = trainees.get(trade.id());
                if (d[0] > 0 || t != null) {
                    rows.add(new TradeBalance(trade.id(), trade.name(), d[0], d[1], t));
                }
            }
            rows.sort(Comparator.comparingInt(TradeBalance::gap).reversed()
                    .thenComparing(TradeBalance::tradeName, String.CASE_INSENSITIVE_ORDER));
            List<String> regionNames = regions.stream()
                    .map(id -> ref.region(id).map(r -> r.displayName()).orElse(id)).sorted().toList();
            return new DemandSupply(centre, year, regionNames, rows, centres, today);
        });
    }

    /** What the trainee form shows: every trade with the number entered for it, if any. */
    public record TraineeForm(TrainingCentre centre, int year, List<Trade> trades, Map<String, Integer> trainees,
                              List<TrainingCentre> centres) {
    }

    public TraineeForm form(Principal who, String centreChoice, int year) {
        requireCentreRole(who);
        return database.readConsistent(c -> {
            ReferenceData ref = reference.loadAll(c);
            List<TrainingCentre> centres = reachable(who, ref);
            TrainingCentre centre = chosen(who, centres, centreChoice);
            return new TraineeForm(centre, year, sortedTrades(ref), supply.forCentre(c, centre.id(), year), centres);
        });
    }

    /**
     * Saves a centre's trainee numbers for a year, one per trade: a blank field removes the number.
     * Fields are named by trade id; wrong ones throw with a message key per field ("year" or the trade id).
     */
    public void saveTrainees(Principal who, String centreId, String yearText, Map<String, String> byTrade) {
        requireCentreRole(who);
        Map<String, String> errors = new LinkedHashMap<>();
        int year = parseYear(yearText, errors);
        database.transact(c -> {
            ReferenceData ref = reference.loadAll(c);
            TrainingCentre centre = ref.centre(centreId == null ? "" : centreId)
                    .filter(tc -> who.reachesCentre(tc.id()))
                    .orElseThrow(() -> new NotFoundException("training centre", centreId));
            Map<String, Integer> numbers = new LinkedHashMap<>();
            for (Trade trade : sortedTrades(ref)) {
                String text = byTrade.get(trade.id());
                Integer number = parseTrainees(text, trade.id(), errors);
                numbers.put(trade.id(), number);
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            StringBuilder detail = new StringBuilder(String.valueOf(year)).append(':');
            Map<String, Integer> before = supply.forCentre(c, centre.id(), year);
            for (var entry : numbers.entrySet()) {
                Integer old = before.get(entry.getKey());
                if (entry.getValue() == null) {
                    supply.remove(c, centre.id(), entry.getKey(), year);
                } else {
                    supply.put(c, centre.id(), entry.getKey(), year, entry.getValue(), clock.instant(), who.account().id());
                }
                if (!java.util.Objects.equals(old, entry.getValue())) {
                    detail.append(' ').append(entry.getKey()).append(' ').append(old == null ? "–" : old)
                            .append('→').append(entry.getValue() == null ? "–" : entry.getValue()).append(';');
                }
            }
            audit.append(c, Actor.of(who), "supply.update", "centre", centre.id(), detail.toString());
        });
    }

    private int parseYear(String text, Map<String, String> errors) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            if (year >= FIRST_YEAR && year <= today().getYear() + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("year", "supply.error.year");
        return -1;
    }

    private static Integer parseTrainees(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.trim().replace(".", "").replace(" ", "");
        if (!digits.matches("\\d{1,9}")) {
            errors.put(field, digits.startsWith("-") ? "supply.error.negative" : "supply.error.number");
            return null;
        }
        int number = Integer.parseInt(digits);
        if (number > MAX_TRAINEES) {
            errors.put(field, "supply.error.tooMany");
            return null;
        }
        return number;
    }

    private static List<Trade> sortedTrades(ReferenceData ref) {
        return ref.trades().stream().sorted(Comparator.comparing(Trade::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static List<TrainingCentre> reachable(Principal who, ReferenceData ref) {
        return ref.centres().stream().filter(tc -> who.reachesCentre(tc.id()))
                .sorted(Comparator.comparing(TrainingCentre::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Centre staff always get their own centre; an administrator the chosen one, else the first by name. */
    private static TrainingCentre chosen(Principal who, List<TrainingCentre> centres, String choice) {
        if (who.isStaff()) {
            return centres.stream().filter(tc -> tc.id().equals(who.account().centreId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("training centre", who.account().centreId()));
        }
        if (choice != null && !choice.isBlank()) {
            return centres.stream().filter(tc -> tc.id().equals(choice)).findFirst()
                    .orElseThrow(() -> new NotFoundException("training centre", choice));
        }
        return centres.stream().findFirst().orElseThrow(() -> new NotFoundException("training centre", "any"));
    }

    /** The regions a centre's kiosks show, as the sync protocol scopes them. */
    static Set<String> scope(TrainingCentre centre) {
        return centre.scopeRegionIds().isEmpty() ? Set.of(centre.regionId()) : Set.copyOf(centre.scopeRegionIds());
    }

    private static void requireCentreRole(Principal who) {
        if (who.isEmployer()) {
            throw new ForbiddenException("employer accounts do not see the centres' trainee numbers");
        }
    }
}
