package id.anjungan.kiosk.enrolment;

import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.sync.RefusedException;
import id.anjungan.kiosk.sync.SyncException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The screen staff see on a kiosk that is not (or no longer) enrolled: they type the one-time code
 * created for their centre, and the kiosk joins the fleet.
 */
public final class EnrolmentModel {
    /** Enrols with a code; blocks on the network. */
    @FunctionalInterface
    public interface Enroller {
        void enrol(String code) throws SyncException;
    }

    private final Enroller enroller;
    private final Executor background;
    private final Executor publisher;
    private final Messages messages;
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public EnrolmentModel(Enroller enroller, Executor background, Executor publisher, Messages messages) {
        this.enroller = enroller;
        this.background = background;
        this.publisher = publisher;
        this.messages = messages;
    }

    /** What staff typed; the view binds its field to it. */
    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Sends the typed code; the answer arrives as a message, or as the kiosk leaving this screen. */
    public void submit() {
        String typed = code.get() == null ? "" : code.get().trim();
        if (typed.isEmpty()) {
            message.set(messages.text("enrol.empty"));
            return;
        }
        busy.set(true);
        message.set(messages.text("enrol.sending"));
        background.execute(() -> {
            String outcome;
            try {
                enroller.enrol(typed);
                outcome = messages.text("enrol.done");
            } catch (RefusedException e) {
                outcome = messages.text("enrol.refused");
            } catch (SyncException e) {
                outcome = messages.text("enrol.unreachable");
            }
            String shown = outcome;
            publisher.execute(() -> {
                busy.set(false);
                message.set(shown);
            });
        });
    }
}
