package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
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
    /**
     * How many cards are made at a time: the list shows this many, and the next this many when the
     * job seeker scrolls near its end. A kiosk holding 50,000 vacancies then makes only what can be
     * seen, on every keystroke; the count above the list still says how many match.
     */
    public static final int PAGE = 240;
    /** Cards made at once after a keystroke: more than a screen holds (6 at 1920x1080, 4 upright). */
    static final int FIRST_SCREENFUL = 12;
    /**
     * Cards added to the page at each later step: the whole rest of it at once. Smaller steps were
     * slower in all (each step lays the whole page out again: 50,000-vacancy benchmark).
     */
    static final int FILL_STEP = PAGE;

    private final KioskStore store;
    private final Clock clock;
    private final Messages messages;
    private final VacancyTexts texts;
    private final Consumer<String> openVacancy;

    private final ObservableList<VacancyCard> cards = FXCollections.observableArrayList();
    private final ObservableList<VacancyCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();

    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> readOnlyChips = FXCollections.unmodifiableObservableList(chips);
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SortOrder> sort = new ReadOnlyObjectWrapper<>(SortOrder.NEWEST);
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noMatch = new ReadOnlyBooleanWrapper();
    private final Map<FilterKind, String> selected = new EnumMap<>(FilterKind.class);

    private List<Vacancy> vacancies = List.of();
    private Map<String, Vacancy> byId = Map.of();
    /** The live vacancies matching the search text, best first; all of them when nothing is typed. */
    private List<Vacancy> searched = List.of();
    private ReferenceData reference = new ReferenceData(null, null, null, null, null);
    private LocalDate shownOn;
    /** Counts reloads, so a background read finishing after a newer reload is dropped. */
    private long generation;
    /** The vacancies matching search and filters, in the chosen order; the first {@link #shownCards} have cards. */
    private List<Vacancy> matched = List.of();
    private int shownCards = PAGE;
    private java.util.concurrent.Executor restOfPage = Runnable::run;
    /** Counts first screenfuls, so the rest of an older page is not made after a newer keystroke. */
    private long fillGeneration;
    /** Chip values with their counts and an example vacancy, worked out once per reload and language. */
    private List<ChipValue> chipValues = List.of();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();

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
            render();
        });
    }

    /** Reads the live vacancies from the store again. */
    public void reload() {
        generation++;
        LocalDate today = LocalDate.now(clock);
        apply(today, readLive(today), store.referenceData());
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
            List<Vacancy> live = readLive(today);
            ReferenceData read = store.referenceData();
            ui.execute(() -> {
                if (mine == generation) {
                    apply(today, live, read);
                }
                then.run();
            });
        });
    }

    private void apply(LocalDate today, List<Vacancy> live, ReferenceData read) {
        shownOn = today;
        vacancies = live;
        byId = new java.util.HashMap<>(live.size() * 2);
        live.forEach(vacancy -> byId.put(vacancy.id(), vacancy));
        reference = read;
        searched = matching(searchText.get());
        chipValues = chipValuesFor(vacancies);
        render(); // keeps as many cards as were shown, so a live update does not shorten the list under a finger
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

    /** Makes the next page of cards: the job seeker scrolled near the end of those shown. */
    public void showMore() {
        if (more.get()) {
            fillGeneration++;
            shownCards = Math.max(shownCards, PAGE) + (shownCards < PAGE ? 0 : PAGE);
            showCards();
        }
    }

    /** Whether more vacancies match than have cards yet. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
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

    /** The cards, filtered and ordered; read-only. */
    public ObservableList<VacancyCard> cards() {
        return readOnlyCards;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "163 lowongan". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    private List<Vacancy> matching(String text) {
        if (text.isBlank()) {
            return vacancies;
        }
        // The index gives ids in its order; the vacancies are the ones this list has read already.
        return store.searchLiveIds(text, shownOn).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * After typing, a chip or an order: the first screenful of cards at once, the rest of the page
     * a moment later, unless the job seeker has typed again by then. Making 240 cards takes a
     * quarter of a second on a slow kiosk PC; a screenful is what the next frame can show anyway.
     */
    private void renderFromTop() {
        shownCards = FIRST_SCREENFUL;
        render();
        fillPage(++fillGeneration);
    }

    /** Makes the rest of the page a screenful at a time, each step a frame apart, so typing is never held up long. */
    private void fillPage(long generation) {
        if (!more.get() || shownCards >= PAGE) {
            return;
        }
        restOfPage.execute(() -> {
            if (generation == fillGeneration) {
                shownCards = Math.min(PAGE, shownCards + FILL_STEP);
                showCards();
                fillPage(generation);
            }
        });
    }

    /**
     * How the rest of the first page is made after a screenful: on the UI thread a little later
     * (the kiosk's choice), or at once (the default, and in tests).
     */
    public void makeRestOfPageWith(java.util.concurrent.Executor executor) {
        this.restOfPage = executor;
    }

    private void render() {
        matched = searched.stream().filter(this::passesFilters).sorted(comparator()).toList();
        showCards();
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

    private void showCards() {
        int shown = Math.min(matched.size(), shownCards);
        cards.setAll(matched.subList(0, shown).stream().map(this::card).toList());
        more.set(shown < matched.size());
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

    private List<Vacancy> readLive(LocalDate today) {
        Map<Object, Object> pool = new java.util.HashMap<>();
        return store.liveVacancies(today, vacancy -> listed(vacancy, pool));
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
