package id.anjungan.kiosk.browse;

import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen: the vacancies a job seeker can still apply to by the kiosk's own clock,
 * newest first, as cards.
 */
public final class BrowseModel {
    private final KioskStore store;
    private final Clock clock;
    private final Messages messages;
    private final VacancyTexts texts;
    private final Consumer<String> openVacancy;

    private final ObservableList<VacancyCard> cards = FXCollections.observableArrayList();
    private final ObservableList<VacancyCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();

    private List<Vacancy> vacancies = List.of();
    private ReferenceData reference = new ReferenceData(null, null, null, null, null);
    private LocalDate shownOn;

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
        messages.languageProperty().addListener((observable, old, language) -> render());
    }

    /** Reads the live vacancies from the store again. */
    public void reload() {
        shownOn = LocalDate.now(clock);
        vacancies = store.liveVacancies(shownOn);
        reference = store.referenceData();
        render();
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

    /** The cards, newest first; read-only. */
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

    private void render() {
        cards.setAll(vacancies.stream().map(this::card).toList());
        count.set(cards.size());
        countText.set(messages.text("browse.count", cards.size()));
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
