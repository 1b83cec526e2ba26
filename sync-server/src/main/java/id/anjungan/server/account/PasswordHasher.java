package id.anjungan.server.account;

import java.security.SecureRandom;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security Crypto on Bouncy Castle, pure Java) with OWASP's
 * minimum parameters: 19 MiB of memory, 2 iterations, 1 lane. The hash string names its own
 * parameters, so stronger ones later still verify old hashes.
 */
public final class PasswordHasher {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: passwords are read off a screen or a file and typed. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    public static final int MIN_LENGTH = 10;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** A hash of nothing anyone types, checked when the account is unknown so both answers take as long. */
    private final String decoy = encoder.encode(newPassword());

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** Spends the time a real check takes, for an unknown account name. */
    public void burnTime(String password) {
        encoder.matches(password == null ? "" : password, decoy);
    }

    /** A random password of 16 characters (about 92 bits), for new accounts and resets. */
    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
