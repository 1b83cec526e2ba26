package id.anjungan.server.error;

/** The thing asked for does not exist; answered with 404. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
    }
}
