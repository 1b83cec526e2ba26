package id.anjungan.kiosk.sync;

/** The server refused the kiosk: an unknown token (401), a revoked kiosk or a used code (403). */
public class RefusedException extends SyncException {
    private final int status;

    public RefusedException(int status, String message) {
        super(message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The server does not know this kiosk's token (its database was replaced, say). */
    public boolean unknownKiosk() {
        return status == 401;
    }
}
