package id.anjungan.kiosk.sync;

/** Talking to the sync server failed. */
public abstract class SyncException extends Exception {
    protected SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
