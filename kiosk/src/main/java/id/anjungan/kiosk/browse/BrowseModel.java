package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.SearchHits;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.Clock;
import java.time.LocalDate;
import id.anjungan.protocol.vacancy.EducationLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen: the vacancies a job seeker can still apply to by the kiosk's own clock, as
 * cards, narrowed by what they typed in the search field and by filter chips (trade, place,
 * education, employment type), in the order they chose (newest first unless told otherwise).
 */
public final class BrowseModel {
    private final KioskStore store;
    private final Clock clock;
    private final Messages messages;
    private final VacancyTexts texts;
    private final Consumer<String> openVacancy;

    /** Every matching vacancy's card, made only when the list shows it. */
    private final LazyList<VacancyCard> cards = new LazyList<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();

    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> readOnlyChips = FXCollections.unmodifiableObservableList(chips);
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SortOrder> sort = new ReadOnlyObjectWrapper<>(SortOrder.NEWEST);
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noMatch = new ReadOnlyBooleanWrapper();
    private final Map<FilterKind, String> selected = new EnumMap<>(FilterKind.class);

    /**
     * Text matching more vacancies than this lists them newest first instead of best match first:
     * scoring every match with bm25 costs more than a keystroke may (at 50,000 vacancies "bata"
     * matches 27,000), and the first screenful of such a list differs little.
     */
    public static final int RANK_UP_TO = 5_000;

    private List<Vacancy> vacancies = List.of();
    /** The search index's key of each vacancy in {@link #vacancies}, sorted, and where that vacancy stands in the list. */
    private long[] sortedRowids = new long[0];
    private int[] positionOfSorted = new int[0];
    /** The live vacancies matching the search text, best first; all of them when nothing is typed. */
    private List<Vacancy> searched = List.of();
    private ReferenceData reference = new ReferenceData(null, null, null, null, null);
    private LocalDate shownOn;
    /** Counts reloads, so a background read finishing after a newer reload is dropped. */
    private long generation;
    /** The vacancies matching search and filters, in the chosen order. */
    private List<Vacancy> matched = List.of();
    /** Whether the last change came from the store (a sync, a new day), so the list keeps its place. */
    private boolean keepsPlace;
    /** Chip values with their counts and an example vacancy, worked out once per reload and language. */
    private List<ChipValue> chipValues = List.of();

    private record ChipValue(FilterKind kind, String value, String label) {
    }

    /**
     * @param openVacancy what choosing a card does, with the vacancy's id
     */
    public BrowseModel(KioskStore store, Clock clock, Messages messages, VacancyTexts texts,
                       Consumer<String> openVacancy) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.texts = texts;
        this.openVacancy = openVacancy;
        messages.languageProperty().addListener((observable, old, language) -> {
            chipValues = chipValuesFor(vacancies);
            render(true);
        });
    }

    /** Reads the live vacancies from the store again. */
    public void reload() {
        generation++;
        LocalDate today = LocalDate.now(clock);
        apply(today, readLive(today), store.referenceData());
    }

    /**
     * The live vacancies as listed, newest first, their rowids sorted and where each stands in the
     * list: worked out where they are read (on a background thread when the kiosk starts).
     */
    private record Live(List<Vacancy> vacancies, long[] sortedRowids, int[] positionOfSorted) {
        static Live of(List<Vacancy> vacancies, long[] rowids) {
            Integer[] byRowid = new Integer[rowids.length];
            for (int i = 0; i < rowids.length; i++) {
                byRowid[i] = i;
            }
            java.util.Arrays.sort(byRowid, Comparator.comparingLong(i -> rowids[i]));
            long[] sorted = new long[rowids.length];
            int[] positions = new int[rowids.length];
            for (int i = 0; i < byRowid.length; i++) {
                sorted[i] = rowids[byRowid[i]];
                positions[i] = byRowid[i];
            }
            return new Live(vacancies, sorted, positions);
        }
    }

    /**
     * Reads the live vacancies on a background thread and shows them on the UI thread, then runs
     * {@code then} there: how the kiosk starts, so its first screen is drawn before 50,000
     * vacancies are read. A reload that happens meanwhile wins over this one.
     */
    public void reloadInBackground(java.util.concurrent.Executor background, java.util.concurrent.Executor ui,
                                   Runnable then) {
        long mine = ++generation;
        LocalDate today = LocalDate.now(clock);
        background.execute(() -> {
            Live live = readLive(today);
            ReferenceData read = store.referenceData();
            ui.execute(() -> {
                if (mine == generation) {
                    apply(today, live, read);
                }
                then.run();
            });
        });
    }

    private void apply(LocalDate today, Live live, ReferenceData read) {
        shownOn = today;
        vacancies = live.vacancies();
        sortedRowids = live.sortedRowids();
        positionOfSorted = live.positionOfSorted();
        reference = read;
        searched = matching(searchText.get());
        chipValues = chipValuesFor(vacancies);
        render(true); // a live update does not move the list under a finger
    }

    /**
     * The live vacancies read by the last reload, newest first, as listed (without the texts only
     * their detail screen shows, which reads the vacancy from the store); when the day given is not
     * that reload's, reads them again.
     */
    public List<Vacancy> liveVacancies(LocalDate today) {
        if (!today.equals(shownOn)) {
            reload();
        }
        return vacancies;
    }

    /** Reloads when the day has turned since the last reload, so expired vacancies disappear. */
    public void reloadIfDayChanged() {
        if (!LocalDate.now(clock).equals(shownOn)) {
            reload();
        }
    }

    /** A job seeker chose a card. */
    public void open(String vacancyId) {
        openVacancy.accept(vacancyId);
    }

    /** What the job seeker typed; searches the live vacancies by word beginnings, any case, accents ignored. */
    public void search(String typed) {
        String text = typed == null ? "" : typed;
        if (text.equals(searchText.get()) && shownOn != null) {
            return;
        }
        searchText.set(text);
        if (shownOn == null) {
            shownOn = LocalDate.now(clock);
        }
        searched = matching(text);
        renderFromTop();
    }

    /** Tapping a chip: chooses its value for its kind, or lets go of it when it was chosen already. */
    public void toggle(FilterKind kind, String value) {
        if (value.equals(selected.get(kind))) {
            selected.remove(kind);
        } else {
            selected.put(kind, value);
        }
        renderFromTop();
    }

    public void sortBy(SortOrder order) {
        sort.set(order);
        renderFromTop();
    }

    /** Lets go of every filter chip, keeping the search text and order. */
    public void clearFilters() {
        selected.clear();
        renderFromTop();
    }

    /** Back to the whole list as a new job seeker finds it: no search text, no filters, newest first. */
    public void clear() {
        selected.clear();
        sort.set(SortOrder.NEWEST);
        searchText.set("");
        searched = vacancies;
        renderFromTop();
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SortOrder> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** The chips a job seeker can tap, grouped by kind in {@link FilterKind} order; read-only. */
    public ObservableList<FilterChip> chips() {
        return readOnlyChips;
    }

    /** Whether search text or a filter narrows the list. */
    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }

    /** Whether there are live vacancies but none matches the search and filters. */
    public ReadOnlyBooleanProperty noMatchProperty() {
        return noMatch.getReadOnlyProperty();
    }

    /**
     * The cards of every matching vacancy, filtered and ordered; read-only. A card is made when
     * first asked for, so only those on screen are ever made; every change replaces them all.
     */
    public ObservableList<VacancyCard> cards() {
        return cards;
    }

    /**
     * Whether the last change of {@link #cards()} came from the store (a sync, a new day) or a
     * language switch, where the list stays where the job seeker was; after typing, a chip or an
     * order it starts from the top.
     */
    public boolean lastChangeKeepsPlace() {
        return keepsPlace;
    }

    /** Where the vacancy now stands in {@link #cards()}, if it matches. */
    public java.util.OptionalInt indexOf(String vacancyId) {
        for (int i = 0; i < matched.size(); i++) {
            if (matched.get(i).id().equals(vacancyId)) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "163 lowongan". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /**
     * The listed vacancies matching the text: the search index gives rowids, the vacancies are
     * the live ones this list has read already (the index also holds closed and expired ones).
     * Best match first when the index ranked them, newest first among equals; otherwise in the
     * list's order, newest first.
     */
    private List<Vacancy> matching(String text) {
        if (text.isBlank()) {
            return vacancies;
        }
        SearchHits hits = store.searchHits(text, RANK_UP_TO);
        long[] rowids = hits.rowids();
        int[] positions = new int[rowids.length];
        double[] scores = hits.ranked() ? new double[rowids.length] : null;
        int found = 0;
        for (int i = 0; i < rowids.length; i++) {
            int at = java.util.Arrays.binarySearch(sortedRowids, rowids[i]);
            if (at >= 0) {
                positions[found] = positionOfSorted[at];
                if (scores != null) {
                    scores[found] = hits.scores()[i];
                }
                found++;
            }
        }
        List<Vacancy> listed = vacancies;
        if (scores == null) {
            // In the list's order without sorting: mark the places, then walk them.
            java.util.BitSet places = new java.util.BitSet(listed.size());
            for (int i = 0; i < found; i++) {
                places.set(positions[i]);
            }
            int[] inOrder = places.stream().toArray();
            return new java.util.AbstractList<>() {
                @Override
                public Vacancy get(int index) {
                    return listed.get(inOrder[index]);
                }

                @Override
                public int size() {
                    return inOrder.length;
                }
            };
        }
        Integer[] order = new Integer[found];
        for (int i = 0; i < found; i++) {
            order[i] = i;
        }
        int[] at = positions;
        double[] score = scores;
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> score[i]).thenComparingInt(i -> at[i]));
        List<Vacancy> ranked = new ArrayList<>(found);
        for (Integer i : order) {
            ranked.add(listed.get(at[i]));
        }
        return ranked;
    }

    private void renderFromTop() {
        render(false);
    }

    private void render(boolean keepPlace) {
        matched = filteredAndOrdered();
        keepsPlace = keepPlace;
        List<Vacancy> shown = matched;
        cards.show(shown.size(), index -> card(shown.get(index)));
        count.set(matched.size());
        countText.set(messages.text("browse.count", matched.size()));
        narrowed.set(!selected.isEmpty() || !searchText.get().isBlank());
        noMatch.set(matched.isEmpty() && !vacancies.isEmpty());
        List<FilterChip> nowChips = chipValues.stream().map(chip -> new FilterChip(chip.kind(), chip.value(),
                chip.label(), chip.value().equals(selected.get(chip.kind())))).toList();
        if (!nowChips.equals(chips)) {
            chips.setAll(nowChips); // typing changes no chip; the screen then keeps its buttons
        }
    }

    /** The searched vacancies through the chosen filters, in the chosen order; skips what would change nothing. */
    private List<Vacancy> filteredAndOrdered() {
        List<Vacancy> kept = selected.isEmpty() ? searched : searched.stream().filter(this::passesFilters).toList();
        boolean asSearched = sort.get() == SortOrder.NEWEST && !searchText.get().isBlank();
        boolean asRead = sort.get() == SortOrder.NEWEST && kept == vacancies; // read newest first
        return asSearched || asRead ? kept : kept.stream().sorted(comparator()).toList();
    }

    private Comparator<Vacancy> comparator() {
        return switch (sort.get()) {
            // Search results keep their best-match order; without search text that is newest first.
            case NEWEST -> searchText.get().isBlank()
                    ? Comparator.comparing(Vacancy::datePosted).reversed()
                    : (a, b) -> 0;
            case CLOSING_SOON -> Comparator.comparing(Vacancy::validThrough);
            case MOST_OPENINGS -> Comparator.comparingInt(Vacancy::openings).reversed();
        };
    }

    private boolean passesFilters(Vacancy vacancy) {
        return selected.entrySet().stream().allMatch(filter -> matches(vacancy, filter.getKey(), filter.getValue()));
    }

    private static boolean matches(Vacancy vacancy, FilterKind kind, String value) {
        return switch (kind) {
            case TRADE, PLACE, EMPLOYMENT -> value.equals(valueOf(vacancy, kind));
            case EDUCATION -> {
                EducationLevel asked = vacancy.requirements().minimumEducation();
                yield asked == null || asked.ordinal() <= EducationLevel.valueOf(value).ordinal();
            }
        };
    }

    private static String valueOf(Vacancy vacancy, FilterKind kind) {
        return switch (kind) {
            case TRADE -> vacancy.tradeId();
            case PLACE -> vacancy.estateId() != null ? "estate:" + vacancy.estateId()
                    : vacancy.town() != null ? "town:" + vacancy.town() : null;
            case EDUCATION -> {
                EducationLevel asked = vacancy.requirements().minimumEducation();
                yield asked == null ? null : asked.name();
            }
            case EMPLOYMENT -> vacancy.employmentType().name();
        };
    }

    /** A chip for every value some live vacancy has, most common first within a kind; education lowest first. */
    private List<ChipValue> chipValuesFor(List<Vacancy> live) {
        List<ChipValue> all = new ArrayList<>();
        for (FilterKind kind : FilterKind.values()) {
            Map<String, Vacancy> examples = new LinkedHashMap<>();
            Map<String, Long> counts = live.stream().map(v -> valueOf(v, kind)).filter(v -> v != null)
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            live.forEach(v -> {
                String value = valueOf(v, kind);
                if (value != null) {
                    examples.putIfAbsent(value, v);
                }
            });
            Comparator<String> order = kind == FilterKind.EDUCATION
                    ? Comparator.comparing(value -> EducationLevel.valueOf(value).ordinal())
                    : Comparator.<String, Long>comparing(counts::get).reversed().thenComparing(value -> value);
            Set<String> values = examples.keySet();
            values.stream().sorted(order).forEach(value -> all.add(new ChipValue(kind, value,
                    label(kind, value, examples.get(value)))));
        }
        return all;
    }

    private String label(FilterKind kind, String value, Vacancy example) {
        return switch (kind) {
            case TRADE -> texts.trade(example, reference);
            case PLACE -> example.estateId() != null
                    ? reference.estate(example.estateId())
                            .map(e -> e.shortName() != null ? e.shortName() : e.name()).orElse(example.town())
                    : example.town();
            case EDUCATION -> EducationLevel.valueOf(value).label();
            case EMPLOYMENT -> texts.employmentType(example);
        };
    }

    private Live readLive(LocalDate today) {
        Map<Object, Object> pool = new java.util.HashMap<>();
        long[][] rowids = {new long[1024]};
        int[] count = {0};
        List<Vacancy> live = store.liveVacancies(today, vacancy -> listed(vacancy, pool), rowid -> {
            if (count[0] == rowids[0].length) {
                rowids[0] = java.util.Arrays.copyOf(rowids[0], count[0] * 2);
            }
            rowids[0][count[0]++] = rowid;
        });
        return Live.of(live, java.util.Arrays.copyOf(rowids[0], count[0]));
    }

    /**
     * The vacancy without what no card, chip or order needs (description, skills, work hours, how
     * to apply), its ids, town, pay, requirements and dates shared with equal ones of the other
     * vacancies: 50,000 whole vacancies held some 150 MB of the kiosk's heap.
     */
    private static Vacancy listed(Vacancy v, Map<Object, Object> pool) {
        return new Vacancy(v.id(), v.title(), "", shared(v.employerId(), pool), shared(v.tradeId(), pool),
                shared(v.kbjiCode(), pool), shared(v.regionId(), pool), shared(v.estateId(), pool),
                shared(v.town(), pool), v.employmentType(), v.openings(), shared(v.pay(), pool),
                shared(v.requirements(), pool), List.of(), null, v.shiftWork(), null, shared(v.datePosted(), pool),
                shared(v.validThrough(), pool), v.status(), null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(T value, Map<Object, Object> pool) {
        return value == null ? null : (T) pool.computeIfAbsent(value, same -> same);
    }

    private VacancyCard card(Vacancy vacancy) {
        return new VacancyCard(
                vacancy.id(),
                vacancy.tradeId(),
                vacancy.title(),
                texts.employer(vacancy, reference),
                texts.place(vacancy, reference),
                texts.pay(vacancy, reference),
                texts.deadline(vacancy),
                texts.openings(vacancy));
    }
}
