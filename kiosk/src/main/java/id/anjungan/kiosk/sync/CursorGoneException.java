package id.anjungan.kiosk.sync;

/** The server no longer has the kiosk's cursor (409); the kiosk takes a fresh snapshot. */
public class CursorGoneException extends SyncException {
    public CursorGoneException(String message) {
        super(message, null);
    }
}
