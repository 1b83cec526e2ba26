package id.anjungan.server.error;

/** A kiosk's cursor is from another epoch or older than the retained log; answered with 409. */
public final class CursorGoneException extends RuntimeException {
    public CursorGoneException(String message) {
        super(message);
    }
}
