package id.anjungan.server.error;

/** Known credentials that may not do this (a revoked kiosk, a used enrolment code); answered with 403. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
