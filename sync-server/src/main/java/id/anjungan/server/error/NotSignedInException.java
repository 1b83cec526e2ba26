package id.anjungan.server.error;

/** A console page asked for without a valid session; pages answer by sending the browser to sign in. */
public final class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
        super("sign in to the staff console first");
    }
}
