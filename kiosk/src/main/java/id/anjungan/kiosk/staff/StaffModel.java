package id.anjungan.kiosk.staff;

import id.anjungan.kiosk.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The hidden staff panel: a PIN pad first (digits shown as dots; after {@link #MAX_TRIES} wrong
 * PINs a {@link #LOCKOUT} wait), then the kiosk's state and a few actions. Plain properties,
 * tested without the FX thread; whatever blocks runs on {@code background}.
 */
public final class StaffModel {
    public static final int MAX_TRIES = 5;
    public static final Duration LOCKOUT = Duration.ofSeconds(60);
    public static final int MAX_PIN = 12;

    /** What the panel shows and does; the app fills it from the store, the sync client and the slip desk. */
    public interface Desk {
        Facts facts();

        /** Pulls changes now; blocks on the network. */
        void syncNow() throws Exception;

        List<Slip> recentSlips();

        /** Prints a sample slip marked "CETAK UJI"; a short word on how it went. */
        String testPrint();

        /** Prints a slip again; a short word on how it went. */
        String reprint(String slipId);
    }

    /** The kiosk's state, as staff read it. */
    public record Facts(String server, String syncState, String cursor, int vacancies, int outboxPending,
                        String printer, String version, String kioskId) {
    }

    /** One recent slip: its short description and id. */
    public record Slip(String slipId, String label) {
    }

    public enum Step { CLOSED, PIN, PANEL }

    private final Messages messages;
    private final Clock clock;
    private final String pin;
    private final Desk desk;
    private final Executor background;
    private final Executor publisher;
    private final Runnable exit;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CLOSED);
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pinMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Facts> facts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<Slip> slips = FXCollections.observableArrayList();
    private final StringBuilder typed = new StringBuilder();
    private int wrongTries;
    private Instant lockedUntil = Instant.MIN;

    public StaffModel(Messages messages, Clock clock, String pin, Desk desk, Executor background, Executor publisher,
                      Runnable exit) {
        this.messages = messages;
        this.clock = clock;
        this.pin = Objects.requireNonNull(pin, "pin");
        this.desk = desk;
        this.background = background;
        this.publisher = publisher;
        this.exit = exit;
    }

    /** The hidden gesture: shows the PIN pad. */
    public void open() {
        clearPin();
        pinMessage.set(lockMessage());
        step.set(Step.PIN);
    }

    public void digit(int digit) {
        if (typed.length() < MAX_PIN) {
            typed.append(digit);
            dots.set("\u25CF".repeat(typed.length()));
        }
    }

    public void erase() {
        if (typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            dots.set("\u25CF".repeat(typed.length()));
        }
    }

    /** Checks the typed PIN: the panel, or a clear refusal (and a wait after too many). */
    public void submit() {
        String locked = lockMessage();
        if (!locked.isEmpty()) {
            clearPin();
            pinMessage.set(locked);
            return;
        }
        boolean right = java.security.MessageDigest.isEqual(typed.toString().getBytes(), pin.getBytes());
        clearPin();
        if (right) {
            wrongTries = 0;
            pinMessage.set("");
            actionMessage.set("");
            step.set(Step.PANEL);
            refresh();
            return;
        }
        wrongTries++;
        if (wrongTries >= MAX_TRIES) {
            wrongTries = 0;
            lockedUntil = clock.instant().plus(LOCKOUT);
            pinMessage.set(lockMessage());
        } else {
            pinMessage.set(messages.text("staff.pin.wrong", MAX_TRIES - wrongTries));
        }
    }

    /** Reads the kiosk's state again (the printer is asked, so off the FX thread). */
    public void refresh() {
        background.execute(() -> {
            Facts read = desk.facts();
            List<Slip> recent = desk.recentSlips();
            publisher.execute(() -> {
                facts.set(read);
                slips.setAll(recent);
            });
        });
    }

    public void syncNow() {
        actionMessage.set(messages.text("staff.syncing"));
        background.execute(() -> {
            String result;
            try {
                desk.syncNow();
                result = messages.text("staff.synced");
            } catch (Exception e) {
                result = messages.text("staff.syncFailed", e.getMessage() == null ? e.toString() : e.getMessage());
            }
            String shown = result;
            publisher.execute(() -> actionMessage.set(shown));
            refresh();
        });
    }

    public void testPrint() {
        actionMessage.set(messages.text("staff.printing"));
        background.execute(() -> {
            String result = desk.testPrint();
            publisher.execute(() -> actionMessage.set(result));
            refresh();
        });
    }

    public void reprint(String slipId) {
        actionMessage.set(messages.text("staff.printing"));
        background.execute(() -> {
            String result = desk.reprint(slipId);
            publisher.execute(() -> actionMessage.set(result));
            refresh();
        });
    }

    /** "Tutup panel", Batal on the PIN pad, and the reset for the next job seeker. */
    public void close() {
        clearPin();
        pinMessage.set("");
        step.set(Step.CLOSED);
    }

    /** "Keluar dari anjungan": only from the open panel. */
    public void exit() {
        if (step.get() == Step.PANEL) {
            exit.run();
        }
    }

    private String lockMessage() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        if (left.isNegative() || left.isZero()) {
            return "";
        }
        return messages.text("staff.pin.locked", (left.toMillis() + 999) / 1000);
    }

    private void clearPin() {
        typed.setLength(0);
        dots.set("");
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinMessageProperty() {
        return pinMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Facts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }

    public ObservableList<Slip> slips() {
        return slips;
    }
}
