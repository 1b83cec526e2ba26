package id.anjungan.server.account;

import java.time.Instant;

/** A sign-in that did not succeed, and why, in terms that do not tell whether the account exists. */
public final class SignInRefusedException extends RuntimeException {
    public enum Reason {
        /** Unknown account or wrong password: the same answer for both. */
        WRONG_CREDENTIALS,
        /** Too many failures for this account or from this address. */
        LOCKED,
        /** The right password for an account an administrator switched off. */
        DISABLED
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public SignInRefusedException(Reason reason, Instant lockedUntil) {
        super("sign-in refused: " + reason + (lockedUntil == null ? "" : " until " + lockedUntil));
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** When a locked sign-in may be tried again; null unless {@link Reason#LOCKED}. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
