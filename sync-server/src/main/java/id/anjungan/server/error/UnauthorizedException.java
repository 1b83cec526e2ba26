package id.anjungan.server.error;

/** No credentials, or credentials the server does not know; answered with 401. */
public final class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
