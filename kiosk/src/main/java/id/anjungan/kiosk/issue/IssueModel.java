package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen where a job seeker prints a referral slip: what the slip is for, what happens with a
 * name and phone number if they give them (plainly, before they type anything), the two optional
 * fields, then printing and the result.
 *
 * <p>Name and phone live only in this model's two fields until the job seeker presses "Cetak"; they
 * are cleared as soon as the slip goes to the printer, and whenever the job seeker leaves the screen.
 */
public final class IssueModel {
    /** Issues and prints a slip; blocks. {@code SlipIssuer::issue} in the app. */
    @FunctionalInterface
    public interface Issuer {
        IssueOutcome issue(String vacancyId, Optional<Applicant> applicant);
    }

    /** Where the screen is. */
    public enum Step {
        /** Consent, optional name and phone, the two print buttons. */
        FORM,
        /** The printer is at work. */
        PRINTING,
        /** The slip is ready to take. */
        PRINTED,
        /** The slip is issued and saved, but the printer could not print it. */
        NOT_PRINTED,
        /** The vacancy closed: nothing was issued. */
        CLOSED
    }

    /** Longest name kept; longer typing is cut here (the server keeps 120 characters). */
    public static final int MAX_NAME = 60;
    /** Longest phone text accepted while typing, spaces and "+" included. */
    public static final int MAX_PHONE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(IssueModel.class);

    private final KioskStore store;
    private final Messages messages;
    private final VacancyTexts texts;
    private final Formats formats;
    private final Issuer issuer;
    private final Executor background;
    private final Executor publisher;
    private final Runnable finish;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FORM);
    private final ReadOnlyStringWrapper vacancyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper employerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> slipPicture = new ReadOnlyObjectWrapper<>();

    private String vacancyId;
    private IssueOutcome outcome;
    private boolean phoneChecked;
    /** Counts requests, so an answer that arrives after the job seeker left is not shown. */
    private long request;

    /**
     * @param background where the issuer runs (it blocks on the printer)
     * @param publisher where answers come back to ({@code Platform::runLater} in the app)
     * @param finish what "Selesai" does: back to the list for the next job seeker
     */
    public IssueModel(KioskStore store, Messages messages, VacancyTexts texts, Formats formats, Issuer issuer,
                      Executor background, Executor publisher, Runnable finish) {
        this.store = store;
        this.messages = messages;
        this.texts = texts;
        this.formats = formats;
        this.issuer = issuer;
        this.background = background;
        this.publisher = publisher;
        this.finish = finish;
        name.addListener((observable, old, typed) -> {
            if (typed != null && typed.length() > MAX_NAME) {
                name.set(typed.substring(0, MAX_NAME));
            }
        });
        phone.addListener((observable, old, typed) -> {
            if (typed != null && typed.length() > MAX_PHONE) {
                phone.set(typed.substring(0, MAX_PHONE));
            } else if (phoneChecked) {
                checkPhone();
            }
        });
        messages.languageProperty().addListener((observable, old, language) -> retranslate());
    }

    /** Opens the screen for a vacancy, with empty fields. */
    public void show(String vacancyId) {
        leave();
        this.vacancyId = vacancyId;
        retranslate();
    }

    /** The job seeker left the screen (Kembali, Beranda, or nobody touched it for a while): forget what they typed. */
    public void leave() {
        request++;
        clearFields();
        outcome = null;
        slipPicture.set(null);
        step.set(Step.FORM);
        retranslate();
    }

    /** The phone field lost focus: from now on say whether the number is right. */
    public void phoneFieldLeft() {
        if (!phone.get().isBlank()) {
            phoneChecked = true;
            checkPhone();
        }
    }

    /** "Cetak": prints with the name and phone given, if any; refuses a phone number that is not right. */
    public void print() {
        if (step.get() != Step.FORM) {
            return;
        }
        phoneChecked = true;
        if (!checkPhone()) {
            return;
        }
        Optional<Applicant> applicant = applicant();
        start(applicant);
    }

    /** "Cetak tanpa nama": prints a slip without name or phone, whatever was typed. */
    public void printWithoutName() {
        if (step.get() != Step.FORM) {
            return;
        }
        start(Optional.empty());
    }

    /** "Selesai": back to the list for the next job seeker. */
    public void finish() {
        leave();
        finish.run();
    }

    private void start(Optional<Applicant> applicant) {
        String forVacancy = vacancyId;
        long thisRequest = ++request;
        clearFields();
        step.set(Step.PRINTING);
        background.execute(() -> {
            IssueOutcome result;
            try {
                result = issuer.issue(forVacancy, applicant);
            } catch (RuntimeException e) {
                LOG.error("issuing a slip for {} failed", forVacancy, e);
                result = null;
            }
            IssueOutcome shown = result;
            publisher.execute(() -> {
                if (thisRequest == request) {
                    showOutcome(shown);
                }
            });
        });
    }

    /** Texts and picture first, then the step: whoever watches the step finds everything in place. */
    private void showOutcome(IssueOutcome result) {
        outcome = result;
        Step next = result == null ? Step.NOT_PRINTED : switch (result.kind()) {
            case PRINTED -> Step.PRINTED;
            case NOT_PRINTED -> Step.NOT_PRINTED;
            case VACANCY_CLOSED -> Step.CLOSED;
        };
        slipPicture.set(result == null ? null : result.picture().orElse(null));
        retranslate(next);
        step.set(next);
    }

    private Optional<Applicant> applicant() {
        String givenName = name.get().strip().replaceAll("\\s+", " ");
        Optional<String> givenPhone = PhoneNumbers.normalize(phone.get());
        if (givenName.isEmpty() && givenPhone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Applicant(givenName, givenPhone.orElse(null)));
    }

    /** True when the phone is empty or a mobile number; sets or clears the message beside the field. */
    private boolean checkPhone() {
        boolean fine = phone.get().isBlank() || PhoneNumbers.isValid(phone.get());
        phoneError.set(fine ? "" : messages.text("issue.phone.invalid"));
        return fine;
    }

    private void clearFields() {
        phoneChecked = false;
        name.set("");
        phone.set("");
        phoneError.set("");
    }

    /** Every text from the current language, the vacancy and the outcome. */
    private void retranslate() {
        retranslate(step.get());
    }

    private void retranslate(Step shown) {
        Optional<Vacancy> vacancy = vacancyId == null ? Optional.empty() : store.vacancy(vacancyId);
        String employer = vacancy.map(v -> texts.employer(v, store.referenceData())).orElse("");
        vacancyTitle.set(vacancy.map(Vacancy::title).orElse(""));
        employerName.set(employer);
        consent.set(messages.text("issue.consent", employer.isEmpty() ? messages.text("issue.employer") : employer));
        if (!phoneError.get().isEmpty()) {
            checkPhone();
        }
        String code = outcome == null ? "" : outcome.shortCode().orElse("");
        switch (shown) {
            case PRINTED -> {
                resultTitle.set(messages.text("issue.printed.title"));
                resultDetail.set(messages.text("issue.printed.detail", validUntil()));
                resultCode.set(messages.text("issue.code", code));
            }
            case NOT_PRINTED -> {
                PrinterState state = outcome == null ? PrinterState.UNKNOWN : outcome.printerState();
                resultTitle.set(messages.text("issue.notPrinted.title"));
                resultDetail.set(messages.text("issue.notPrinted.detail", messages.text(reasonKey(state))));
                resultCode.set(code.isEmpty() ? "" : messages.text("issue.notPrinted.code", code));
            }
            case CLOSED -> {
                resultTitle.set(messages.text("issue.closed.title"));
                resultDetail.set(messages.text("issue.closed.detail"));
                resultCode.set("");
            }
            default -> {
                resultTitle.set("");
                resultDetail.set("");
                resultCode.set("");
            }
        }
    }

    private String validUntil() {
        return outcome == null || outcome.slip().isEmpty() ? ""
                : formats.date(LocalDate.ofInstant(outcome.slip().get().expiresAt().minusSeconds(1), SlipIssuer.ZONE));
    }

    private static String reasonKey(PrinterState state) {
        return switch (state) {
            case OUT_OF_PAPER -> "issue.reason.OUT_OF_PAPER";
            case COVER_OPEN -> "issue.reason.COVER_OPEN";
            case OFFLINE -> "issue.reason.OFFLINE";
            default -> "issue.reason.OTHER";
        };
    }

    /** What the job seeker typed as their name; the view binds its field to it. */
    public StringProperty nameProperty() {
        return name;
    }

    /** What the job seeker typed as their mobile number; the view binds its field to it. */
    public StringProperty phoneProperty() {
        return phone;
    }

    /** Why the phone number is not right, or empty. */
    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vacancyTitleProperty() {
        return vacancyTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty employerNameProperty() {
        return employerName.getReadOnlyProperty();
    }

    /** What is shared with whom, for what and for how long, if a name or phone is given. */
    public ReadOnlyStringProperty consentProperty() {
        return consent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTitleProperty() {
        return resultTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultDetailProperty() {
        return resultDetail.getReadOnlyProperty();
    }

    /** The slip's short code as the screen says it, or empty. */
    public ReadOnlyStringProperty resultCodeProperty() {
        return resultCode.getReadOnlyProperty();
    }

    /** The printed slip as a picture (file printer only), else null. */
    public ReadOnlyObjectProperty<Path> slipPictureProperty() {
        return slipPicture.getReadOnlyProperty();
    }

    /** The outcome shown, or null. */
    public IssueOutcome outcome() {
        return outcome;
    }
}
