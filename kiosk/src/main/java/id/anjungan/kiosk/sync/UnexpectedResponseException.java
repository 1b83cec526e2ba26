package id.anjungan.kiosk.sync;

/** The server answered, but not with what the contract promises (an error status or unreadable JSON). */
public class UnexpectedResponseException extends SyncException {
    public UnexpectedResponseException(String message) {
        super(message, null);
    }

    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
