package id.anjungan.server.feed;

/** One value of a row that cannot be used; the message, in Indonesian, names the column and the value. */
final class BadValue extends RuntimeException {
    BadValue(String message) {
        super(message, null, false, false);
    }
}
