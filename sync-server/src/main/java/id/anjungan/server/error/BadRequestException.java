package id.anjungan.server.error;

/** The request is malformed or invalid; answered with 400 and the reason. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
