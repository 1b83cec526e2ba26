package id.anjungan.kiosk.detail;

import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The detail screen: one vacancy with everything a job seeker must know before travelling. */
public final class DetailModel {
    private final KioskStore store;
    private final VacancyTexts texts;
    private final Clock clock;
    private final Messages messages;
    private id.anjungan.kiosk.speech.ReadAloud readAloud = id.anjungan.kiosk.speech.ReadAloud.none();
    private final ReadOnlyBooleanWrapper canReadAloud = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private String spokenText = "";

    private final ReadOnlyObjectWrapper<VacancyDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper withdrawn = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyStringWrapper phoneLink = new javafx.beans.property.ReadOnlyStringWrapper();
    private java.net.URI publicPages;
    private final ReadOnlyBooleanWrapper canPrintSlip = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> onPrintSlip = vacancyId -> { };

    private String shownId;

    public DetailModel(KioskStore store, Clock clock, Messages messages, VacancyTexts texts) {
        this.store = store;
        this.clock = clock;
        this.texts = texts;
        this.messages = messages;
        messages.languageProperty().addListener((observable, old, language) -> {
            readAloud.stop(); // it was reading the other language
            reload();
        });
    }

    /** Shows the vacancy with the given id; when the store does not have it, shows that it is unavailable. */
    public void show(String vacancyId) {
        readAloud.stop();
        shownId = vacancyId;
        details.set(null);
        refresh();
    }

    /**
     * Reads the shown vacancy again, after a sync or a change of language. A vacancy withdrawn, filled
     * or expired while a job seeker reads it stays on screen, marked as closed, rather than vanishing.
     */
    public void reload() {
        if (shownId != null) {
            refresh();
        }
    }

    private void refresh() {
        Optional<Vacancy> vacancy = store.vacancy(shownId);
        if (vacancy.isPresent()) {
            details.set(describe(vacancy.get(), store.referenceData()));
            spokenText = SpokenVacancy.of(details.get(), texts.deadlineInFull(vacancy.get()), messages);
        }
        boolean known = details.get() != null;
        available.set(known);
        withdrawn.set(known && vacancy.map(v -> !v.isLiveOn(LocalDate.now(clock))).orElse(true));
        phoneLink.set(known && !withdrawn.get() && publicPages != null
                ? publicPages.resolve("v/" + java.net.URLEncoder.encode(shownId, java.nio.charset.StandardCharsets.UTF_8)).toString()
                : null);
        canPrintSlip.set(known && !withdrawn.get());
        canReadAloud.set(known && readAloud.available());
    }

    /**
     * "Dengarkan" reads the shown vacancy with this; without an engine (the default) the screen
     * shows no such button.
     */
    public void readAloudWith(id.anjungan.kiosk.speech.ReadAloud speech) {
        readAloud.stop();
        reading.unbind();
        readAloud = speech;
        reading.bind(speech.speakingProperty());
        reload();
    }

    /** True when the shown vacancy can be read aloud: a speech engine is there. */
    public ReadOnlyBooleanProperty canReadAloudProperty() {
        return canReadAloud.getReadOnlyProperty();
    }

    /** True while the shown vacancy is being read aloud. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** "Dengarkan" pressed: reads the shown vacancy aloud in the screen's language, or stops reading. */
    public void toggleReading() {
        if (canReadAloud.get()) {
            readAloud.toggle(spokenText, messages.language());
        }
    }

    /** Stops reading aloud: the job seeker left the screen, or the kiosk resets for the next one. */
    public void stopReading() {
        readAloud.stop();
    }

    /** What "Dengarkan" reads for the shown vacancy; empty when none is shown. */
    public String spokenText() {
        return details.get() == null ? "" : spokenText;
    }

    /** What "Cetak slip rujukan" does with the shown vacancy's id: open the issue screen, in the app. */
    public void setOnPrintSlip(Consumer<String> action) {
        this.onPrintSlip = action == null ? vacancyId -> { } : action;
    }

    /** True while a slip can be asked for: the vacancy is shown and still open. */
    public ReadOnlyBooleanProperty canPrintSlipProperty() {
        return canPrintSlip.getReadOnlyProperty();
    }

    /** The job seeker asks for a referral slip for the shown vacancy; ignored once it has closed. */
    public void printSlip() {
        if (canPrintSlip.get()) {
            onPrintSlip.accept(shownId);
        }
    }

    /**
     * Where phones open a vacancy's public page ({server}/v/{id}), for the "Simpan ke HP" QR code;
     * without it the screen shows no such code.
     */
    public void linkPublicPagesTo(java.net.URI serverUrl) {
        String base = serverUrl.toString();
        publicPages = java.net.URI.create(base.endsWith("/") ? base : base + "/");
        reload();
    }

    /** The address of the shown vacancy's public page, or null when there is none to offer. */
    public javafx.beans.property.ReadOnlyStringProperty phoneLinkProperty() {
        return phoneLink.getReadOnlyProperty();
    }

    /** True when the shown vacancy has closed since it was opened: the screen says so kindly. */
    public ReadOnlyBooleanProperty withdrawnProperty() {
        return withdrawn.getReadOnlyProperty();
    }

    /** The shown vacancy; holds null when it is unavailable. */
    public ReadOnlyObjectProperty<VacancyDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    private VacancyDetails describe(Vacancy vacancy, ReferenceData reference) {
        Optional<Employer> employer = reference.employer(vacancy.employerId());
        return new VacancyDetails(
                vacancy.id(),
                vacancy.tradeId(),
                vacancy.title(),
                texts.employer(vacancy, reference),
                texts.trade(vacancy, reference),
                texts.place(vacancy, reference),
                texts.address(vacancy, reference),
                texts.pay(vacancy, reference),
                texts.openings(vacancy),
                texts.deadline(vacancy),
                texts.employmentType(vacancy),
                texts.workHours(vacancy),
                texts.datePosted(vacancy),
                texts.requirements(vacancy),
                vacancy.skills(),
                orEmpty(vacancy.howToApply()),
                employer.map(Employer::intakeAddress).map(DetailModel::orEmpty).orElse(""),
                employer.map(Employer::intakeInstructions).map(DetailModel::orEmpty).orElse(""),
                vacancy.description());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
