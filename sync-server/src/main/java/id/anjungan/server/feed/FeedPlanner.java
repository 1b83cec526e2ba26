package id.anjungan.server.feed;

import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out what a feed's rows mean for the vacancies a source already has. Pure: it reads nothing and
 * writes nothing, so a preview and a run plan alike.
 *
 * <ul>
 *   <li>A row becomes a new, changed or unchanged vacancy (compared with the stored one, its update time
 *       aside), or a rejected row; a row's problems never touch another row.</li>
 *   <li>A row without a posting date keeps the stored vacancy's, or takes today's.</li>
 *   <li>A new row whose deadline has passed is rejected; a stored one is updated as usual.</li>
 *   <li>Two rows meaning one vacancy: the second is rejected.</li>
 *   <li>A full feed closes the source's open vacancies that it no longer lists, except those of its
 *       rejected rows; and closes nothing when it has no usable row at all, since that is more likely a
 *       broken export than an employer with no vacancies left.</li>
 *   <li>A vacancy marked filled stays filled.</li>
 * </ul>
 */
final class FeedPlanner {
    private FeedPlanner() {
    }

    static FeedPlan plan(FeedSource source, String contentHash, List<FeedRow> rows, ReferenceData reference,
                         List<Vacancy> stored, LocalDate today, Instant now) {
        List<String> warnings = new ArrayList<>(columnWarnings(source, rows));
        RowInterpreter interpreter = new RowInterpreter(source, new ReferenceIndex(reference), today, now);
        Map<String, Vacancy> existing = new TreeMap<>();
        stored.forEach(v -> existing.put(v.id(), v));

        List<FeedPlan.PlannedVacancy> created = new ArrayList<>();
        List<FeedPlan.PlannedVacancy> changed = new ArrayList<>();
        List<FeedPlan.PlannedVacancy> unchanged = new ArrayList<>();
        List<FeedPlan.RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Set<String> protectedIds = new HashSet<>();

        for (FeedRow row : rows) {
            RowInterpreter.Result result = interpreter.interpret(row);
            if (result instanceof RowInterpreter.Rejected r) {
                rejected.add(new FeedPlan.RejectedRow(r.line(), r.reason()));
                if (r.vacancyId() != null) {
                    protectedIds.add(r.vacancyId());
                }
                continue;
            }
            RowInterpreter.Accepted accepted = (RowInterpreter.Accepted) result;
            Vacancy vacancy = accepted.vacancy();
            Integer earlier = lineOf.putIfAbsent(vacancy.id(), accepted.line());
            if (earlier != null) {
                rejected.add(new FeedPlan.RejectedRow(accepted.line(), "baris " + accepted.line()
                        + ": lowongan yang sama sudah ada di baris " + earlier
                        + " (kode lowongan sama, atau tanpa kode dengan perusahaan dan judul sama; beri kolom Kode Lowongan"
                        + " yang berbeda)"));
                continue;
            }
            Vacancy old = existing.get(vacancy.id());
            if (old == null) {
                if (vacancy.validThrough().isBefore(today)) {
                    rejected.add(new FeedPlan.RejectedRow(accepted.line(), "baris " + accepted.line() + ": batas lamaran "
                            + day(vacancy.validThrough()) + " sudah lewat; lowongan ini tidak diimpor"));
                    continue;
                }
                created.add(new FeedPlan.PlannedVacancy(accepted.line(), vacancy.id(), vacancy.title(), null, vacancy));
                continue;
            }
            LocalDate posted = accepted.datePostedGiven() || old.datePosted().isAfter(vacancy.validThrough())
                    ? vacancy.datePosted() : old.datePosted();
            VacancyStatus status = old.status() == VacancyStatus.FILLED ? VacancyStatus.FILLED : VacancyStatus.OPEN;
            vacancy = copy(vacancy, posted, status, now);
            List<String> differences = differences(old, vacancy);
            if (differences.isEmpty()) {
                unchanged.add(new FeedPlan.PlannedVacancy(accepted.line(), vacancy.id(), vacancy.title(), null, null));
            } else {
                changed.add(new FeedPlan.PlannedVacancy(accepted.line(), vacancy.id(), vacancy.title(), differences, vacancy));
            }
        }

        List<FeedPlan.ClosedVacancy> closed = new ArrayList<>();
        if (source.fullFeed()) {
            if (lineOf.isEmpty()) {
                if (existing.values().stream().anyMatch(v -> v.status() == VacancyStatus.OPEN)) {
                    warnings.add("tidak ada satu baris pun yang dapat dipakai, jadi tidak ada lowongan yang ditutup");
                }
            } else {
                for (Vacancy old : existing.values()) {
                    if (old.status() == VacancyStatus.OPEN && !lineOf.containsKey(old.id()) && !protectedIds.contains(old.id())) {
                        closed.add(new FeedPlan.ClosedVacancy(old.id(), old.title()));
                    }
                }
            }
        }
        return FeedPlan.of(source.id(), contentHash, rows.size(), created, changed, unchanged, closed, rejected, warnings);
    }

    /** The columns a feed's rows have that mean nothing to us, and the required ones none of them has. */
    private static List<String> columnWarnings(FeedSource source, List<FeedRow> rows) {
        Set<String> unknown = new LinkedHashSet<>();
        Set<FeedField> present = new HashSet<>();
        boolean anyColumns = false;
        for (FeedRow row : rows) {
            if (row instanceof FeedRow.Columns columns) {
                anyColumns = true;
                for (String column : columns.values().keySet()) {
                    FeedField.forColumn(column).ifPresentOrElse(present::add, () -> {
                        if (!FeedField.ignorable(column)) {
                            unknown.add(column);
                        }
                    });
                }
            }
        }
        if (anyColumns) {
            List<FeedField> required = new ArrayList<>(List.of(FeedField.TITLE, FeedField.TRADE, FeedField.VALID_THROUGH));
            if (source.ownerKind() == OwnerKind.CENTRE) {
                required.add(1, FeedField.EMPLOYER);
            }
            List<String> missing = required.stream().filter(f -> !present.contains(f))
                    .map(f -> f.label() + " (atau " + String.join(", ", f.names().subList(1, Math.min(3, f.names().size()))) + ")")
                    .toList();
            if (!missing.isEmpty()) {
                throw new FeedUnreadableException("kolom wajib tidak ada: " + String.join("; ", missing));
            }
        }
        return unknown.isEmpty() ? List.of() : List.of("kolom tidak dikenal dan dilewati: " + String.join(", ", unknown));
    }

    /** The names of the fields that differ, the update time aside. */
    static List<String> differences(Vacancy before, Vacancy after) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : Vacancy.class.getRecordComponents()) {
            if (component.getName().equals("updatedAt")) {
                continue;
            }
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    static Vacancy copy(Vacancy v, LocalDate datePosted, VacancyStatus status, Instant updatedAt) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), datePosted, v.validThrough(), status, updatedAt);
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
