package id.anjungan.kiosk.attract;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The screen a kiosk shows while nobody uses it: the centre's name, "touch the screen to start",
 * how many live vacancies and employers it holds, the newest vacancies one after another, the
 * language choice and the data's age. Touching it opens the list. Plain JavaFX properties, so it
 * is tested without the FX thread.
 */
public final class AttractModel {
    /** How many of the newest vacancies take turns. */
    public static final int NEWEST = 8;

    /** One vacancy shown in turn: title, employer, place. */
    public record Teaser(String title, String employer, String place) {
    }

    private final KioskStore store;
    /** Where the live vacancies come from: the store, or the list the browse screen has just read. */
    private java.util.function.Function<LocalDate, List<Vacancy>> liveVacancies;
    private final Clock clock;
    private final Messages messages;
    private final VacancyTexts texts;
    private final Formats formats;
    private final ObservableValue<Instant> lastUpdated;
    private final Supplier<Optional<String>> centreName;
    private final Runnable openList;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper centreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataAgeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teaserTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teaserEmployer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teaserPlace = new ReadOnlyStringWrapper("");
    private List<Vacancy> newest = List.of();
    private ReferenceData reference;
    private int vacancies;
    private int employers;
    private int turn;

    /**
     * @param openList what touching the screen does: the list of vacancies
     */
    public AttractModel(KioskStore store, Clock clock, Messages messages, VacancyTexts texts, Formats formats,
                        ObservableValue<Instant> lastUpdated, Supplier<Optional<String>> centreName,
                        Runnable openList) {
        this.store = store;
        this.liveVacancies = store::liveVacancies;
        this.clock = clock;
        this.messages = messages;
        this.texts = texts;
        this.formats = formats;
        this.lastUpdated = lastUpdated;
        this.centreName = centreName;
        this.openList = openList;
        messages.languageProperty().addListener((observable, old, language) -> retranslate());
        lastUpdated.addListener((observable, old, instant) -> tick());
    }

    /**
     * Takes the live vacancies from another reader of the same store, such as the browse screen
     * reloaded just before, instead of reading (and parsing) all of them a second time.
     */
    public void readLiveVacanciesFrom(java.util.function.Function<LocalDate, List<Vacancy>> source) {
        this.liveVacancies = source;
    }

    /** Reads the live vacancies again: at start and whenever the catalogue changed. */
    public void reload() {
        LocalDate today = LocalDate.now(clock);
        List<Vacancy> live = liveVacancies.apply(today);
        reference = store.referenceData();
        vacancies = live.size();
        employers = (int) live.stream().map(Vacancy::employerId).distinct().count();
        newest = live.stream()
                .sorted(Comparator.comparing(Vacancy::datePosted).reversed().thenComparing(Vacancy::id))
                .limit(NEWEST)
                .toList();
        if (turn >= newest.size()) {
            turn = 0;
        }
        retranslate();
    }

    /** Shows the next of the newest vacancies (every few seconds while shown). */
    public void next() {
        if (!newest.isEmpty()) {
            turn = (turn + 1) % newest.size();
        }
        showTeaser();
    }

    /** Brings the data age up to date. */
    public void tick() {
        centreText.set(centreName.get().orElseGet(() -> messages.text("app.title")));
        Instant updated = lastUpdated.getValue();
        dataAgeText.set(updated == null
                ? messages.text("age.never")
                : messages.text("age.updated", formats.timeAgo(updated, clock.instant())));
    }

    /** Shows the attract screen again (the next job seeker), starting with the newest vacancy. */
    public void show() {
        turn = 0;
        reload();
        shown.set(true);
    }

    /** A touch anywhere: off to the list of vacancies. */
    public void start() {
        shown.set(false);
        openList.run();
    }

    /** A language button: switches, and the attract screen stays. */
    public void choose(Language language) {
        messages.use(language);
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public Language language() {
        return messages.language();
    }

    private void retranslate() {
        countText.set(messages.text("attract.count", vacancies, employers));
        showTeaser();
        tick();
    }

    private void showTeaser() {
        if (newest.isEmpty()) {
            teaserTitle.set(messages.text("attract.none"));
            teaserEmployer.set("");
            teaserPlace.set("");
            return;
        }
        Vacancy vacancy = newest.get(turn);
        teaserTitle.set(vacancy.title());
        teaserEmployer.set(texts.employer(vacancy, reference));
        teaserPlace.set(texts.place(vacancy, reference));
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty centreNameProperty() {
        return centreText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataAgeTextProperty() {
        return dataAgeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teaserTitleProperty() {
        return teaserTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teaserEmployerProperty() {
        return teaserEmployer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teaserPlaceProperty() {
        return teaserPlace.getReadOnlyProperty();
    }

    /** How many vacancies take turns. */
    public int teaserCount() {
        return newest.size();
    }
}
