package id.anjungan.kiosk.speech;

import id.anjungan.kiosk.i18n.Language;
import java.io.IOException;

/** An offline speech engine that reads text aloud on the kiosk's default audio output. */
public interface SpeechEngine {
    /**
     * Starts reading the text aloud in a voice for the language and returns at once.
     *
     * @throws IOException when the engine cannot be started
     */
    Speech start(String text, Language language) throws IOException;
}
