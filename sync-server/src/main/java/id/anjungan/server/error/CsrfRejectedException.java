package id.anjungan.server.error;

/** A form posted without the token of the session that showed it; answered with 403 and a page saying so. */
public final class CsrfRejectedException extends RuntimeException {
    public CsrfRejectedException() {
        super("the form's security token is missing or does not match this session; reload the page and try again");
    }
}
