package id.anjungan.kiosk.speech;

import id.anjungan.kiosk.i18n.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A speech engine that remembers what it was asked to read; each reading ends when the test says so. */
public final class FakeSpeechEngine implements SpeechEngine {
    /** One reading: its text, language, and whether it was stopped. */
    public static final class Reading implements Speech {
        public final String text;
        public final Language language;
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private boolean stopped;

        Reading(String text, Language language) {
            this.text = text;
            this.language = language;
        }

        @Override
        public void stop() {
            stopped = true;
            finished.complete(null);
        }

        @Override
        public CompletableFuture<?> finished() {
            return finished;
        }

        public boolean stopped() {
            return stopped;
        }

        /** The engine reaches the last word. */
        public void endByItself() {
            finished.complete(null);
        }
    }

    private final List<Reading> readings = new ArrayList<>();
    private boolean broken;

    @Override
    public Speech start(String text, Language language) throws IOException {
        if (broken) {
            throw new IOException("no audio device");
        }
        Reading reading = new Reading(text, language);
        readings.add(reading);
        return reading;
    }

    public List<Reading> readings() {
        return readings;
    }

    public Reading last() {
        return readings.get(readings.size() - 1);
    }

    /** From now on the engine fails to start. */
    public void breakDown() {
        broken = true;
    }
}
