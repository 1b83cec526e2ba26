package id.anjungan.kiosk.store;

/** The kiosk's own store could not be opened, read or written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
