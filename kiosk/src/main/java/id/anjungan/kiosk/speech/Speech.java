package id.anjungan.kiosk.speech;

import java.util.concurrent.CompletableFuture;

/** One text being read aloud. */
public interface Speech {
    /** Stops reading; does nothing once it has finished. */
    void stop();

    /** Completes when the reading has ended, to the last word or stopped. */
    CompletableFuture<?> finished();
}
