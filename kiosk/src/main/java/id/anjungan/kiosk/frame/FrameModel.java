package id.anjungan.kiosk.frame;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.sync.ConnectionState;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The frame around every screen: centre name, online state and data age on top; Kembali,
 * Beranda, Bahasa and Bantuan below.
 */
public final class FrameModel {
    private final Messages messages;
    private final Formats formats;
    private final Navigator navigator;
    private final ObservableValue<ConnectionState> connectionState;
    private final ObservableValue<Instant> lastUpdated;
    private final Clock clock;
    private final Supplier<Optional<String>> centreName;
    private final Language startLanguage;

    private final ReadOnlyStringWrapper centreText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataAgeText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(false);
    private boolean enrolmentNeeded;

    /**
     * @param centreName the name of the centre this kiosk stands in, once the reference data knows it
     */
    public FrameModel(Messages messages, Formats formats, Navigator navigator,
                      ReadOnlyObjectProperty<ConnectionState> connectionState,
                      ReadOnlyObjectProperty<Instant> lastUpdated,
                      Clock clock, Supplier<Optional<String>> centreName) {
        this.messages = messages;
        this.formats = formats;
        this.navigator = navigator;
        this.connectionState = connectionState;
        this.lastUpdated = lastUpdated;
        this.clock = clock;
        this.centreName = centreName;
        this.startLanguage = messages.language();
        messages.languageProperty().addListener((observable, old, language) -> tick());
        connectionState.addListener((observable, old, state) -> tick());
        lastUpdated.addListener((observable, old, instant) -> tick());
        tick();
    }

    /** Brings every text up to date: call it when time has passed or the reference data changed. */
    public void tick() {
        centreText.set(centreName.get().orElseGet(() -> messages.text("app.title")));
        connectionText.set(messages.text(enrolmentNeeded ? "status.notEnrolled" : switch (connectionState.getValue()) {
            case CONNECTING -> "status.connecting";
            case ONLINE -> "status.online";
            case OFFLINE -> "status.offline";
        }));
        Instant updated = lastUpdated.getValue();
        dataAgeText.set(updated == null
                ? messages.text("age.never")
                : messages.text("age.updated", formats.timeAgo(updated, clock.instant())));
    }

    /**
     * Whether the kiosk waits for staff to enrol it: then the top bar says so, instead of "offline"
     * about a list it does not have yet.
     */
    public void enrolmentNeeded(boolean needed) {
        enrolmentNeeded = needed;
        tick();
    }

    public ReadOnlyStringProperty centreNameProperty() {
        return centreText.getReadOnlyProperty();
    }

    public ObservableValue<ConnectionState> connectionStateProperty() {
        return connectionState;
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataAgeTextProperty() {
        return dataAgeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return navigator.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }

    public void back() {
        helpShown.set(false);
        navigator.back();
    }

    public void home() {
        helpShown.set(false);
        navigator.home();
    }

    public void switchLanguage() {
        messages.switchLanguage();
    }

    public void showHelp() {
        helpShown.set(true);
    }

    public void hideHelp() {
        helpShown.set(false);
    }

    /**
     * Leaves the kiosk as the next job seeker should find it: on the list, at the top, in the
     * language it started in, without help open. Called when nobody has touched it for a while.
     */
    public void resetForNextJobSeeker() {
        helpShown.set(false);
        messages.use(startLanguage);
        navigator.home();
    }
}
