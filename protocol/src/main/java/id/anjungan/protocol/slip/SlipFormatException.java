package id.anjungan.protocol.slip;

/** Text or bytes that are not a well-formed referral-slip token. The message says what is wrong. */
public final class SlipFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SlipFormatException(String message) {
        super(message);
    }
}
