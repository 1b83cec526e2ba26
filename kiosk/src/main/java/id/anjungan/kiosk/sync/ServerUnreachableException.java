package id.anjungan.kiosk.sync;

/** The server could not be reached in time: no network, server down, or too slow. */
public class ServerUnreachableException extends SyncException {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
