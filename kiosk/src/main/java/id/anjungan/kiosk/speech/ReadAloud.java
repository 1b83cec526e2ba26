package id.anjungan.kiosk.speech;

import id.anjungan.kiosk.i18n.Language;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Dengarkan": reads a text aloud, and stops when asked again, when the job seeker leaves the
 * screen, or when the kiosk resets for the next one. The engine is started on a background
 * thread; state changes happen on the UI executor. Without an engine it is not available, and
 * the screen hides its button.
 */
public final class ReadAloud {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAloud.class);

    private final Optional<? extends SpeechEngine> engine;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper speaking = new ReadOnlyBooleanWrapper(false);
    private Speech current;
    /** Counts starts and stops, so a reading that ends late cannot change a newer one's state. */
    private long generation;

    public ReadAloud(Optional<? extends SpeechEngine> engine, Executor background, Executor ui) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
    }

    /** No engine: never available. */
    public static ReadAloud none() {
        return new ReadAloud(Optional.empty(), Runnable::run, Runnable::run);
    }

    public boolean available() {
        return engine.isPresent();
    }

    /** True from a press of "Dengarkan" until the reading ends or is stopped. */
    public ReadOnlyBooleanProperty speakingProperty() {
        return speaking.getReadOnlyProperty();
    }

    /** Starts reading the text, or stops when already reading. */
    public void toggle(String text, Language language) {
        if (speaking.get()) {
            stop();
        } else {
            start(text, language);
        }
    }

    /** Starts reading the text aloud, stopping whatever was being read. */
    public void start(String text, Language language) {
        stop();
        if (engine.isEmpty() || text == null || text.isBlank()) {
            return;
        }
        long mine = ++generation;
        speaking.set(true);
        SpeechEngine speechEngine = engine.get();
        background.execute(() -> {
            Speech speech;
            try {
                speech = speechEngine.start(text, language);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The speech engine could not start: {}", e.toString());
                ui.execute(() -> ended(mine));
                return;
            }
            ui.execute(() -> {
                if (mine == generation) {
                    current = speech;
                } else {
                    speech.stop(); // stopped while it was starting
                }
            });
            speech.finished().whenComplete((result, failure) -> ui.execute(() -> ended(mine)));
        });
    }

    /** Stops reading; does nothing when nothing is being read. */
    public void stop() {
        generation++;
        if (current != null) {
            current.stop();
            current = null;
        }
        speaking.set(false);
    }

    private void ended(long reading) {
        if (reading == generation) {
            current = null;
            speaking.set(false);
        }
    }
}
