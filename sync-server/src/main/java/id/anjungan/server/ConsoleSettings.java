package id.anjungan.server;

import java.time.Duration;

/**
 * Settings of the staff console, part of {@link ServerConfig}.
 *
 * @param kioskSilentAfter a kiosk not heard from for longer is flagged on the fleet page
 * @param loginMaxFailures wrong passwords in a row that lock an account name (an address gets four times as many)
 * @param loginLockout how long such a lock lasts
 * @param secureCookies mark the session cookie Secure: set it when browsers reach the server over HTTPS
 */
public record ConsoleSettings(Duration kioskSilentAfter, int loginMaxFailures, Duration loginLockout, boolean secureCookies) {
    public ConsoleSettings {
        if (kioskSilentAfter == null || kioskSilentAfter.isNegative() || kioskSilentAfter.isZero()) {
            throw new IllegalArgumentException("the kiosk silence threshold must be positive, got " + kioskSilentAfter);
        }
        if (loginMaxFailures < 1) {
            throw new IllegalArgumentException("login failures before a lock must be at least 1, got " + loginMaxFailures);
        }
        if (loginLockout == null || loginLockout.isNegative() || loginLockout.isZero()) {
            throw new IllegalArgumentException("the login lockout must be positive, got " + loginLockout);
        }
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(Duration.ofMinutes(10), 5, Duration.ofMinutes(15), false);
    }

    public ConsoleSettings withKioskSilentAfter(Duration silence) {
        return new ConsoleSettings(silence, loginMaxFailures, loginLockout, secureCookies);
    }

    public ConsoleSettings withLogin(int maxFailures, Duration lockout) {
        return new ConsoleSettings(kioskSilentAfter, maxFailures, lockout, secureCookies);
    }
}
