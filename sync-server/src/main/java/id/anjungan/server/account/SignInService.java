package id.anjungan.server.account;

import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.kiosk.Secrets;
import id.anjungan.server.reference.ReferenceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in and out of the staff console. Sessions and failure counts live in the database, so a
 * second server instance sees them too. The password check runs outside any write transaction: an
 * Argon2 hash takes tens of milliseconds and must not hold SQLite's write lock.
 */
public final class SignInService {
    /** A session ends after this long without a request. */
    public static final Duration IDLE = Duration.ofHours(12);
    /** And after this long in any case. */
    public static final Duration ABSOLUTE = Duration.ofDays(7);
    /** Sessions are written back at most this often, not on every page. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final Database database;
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final ReferenceStore reference;
    private final Clock clock;
    private final int maxFailures;

    public SignInService(Database database, AccountStore accounts, SessionStore sessions, LoginThrottle throttle,
                         PasswordHasher hasher, AuditLog audit, ReferenceStore reference, Clock clock, int maxFailures) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.audit = audit;
        this.reference = reference;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** A new session for a signed-in account: the cookie's token (shown once, stored hashed) and the account. */
    public record SignedIn(String token, Account account) {
    }

    /**
     * Checks the password and opens a session.
     *
     * @param address the browser's address, counted separately from the account name
     * @throws SignInRefusedException when the name or password is wrong, or either is locked
     */
    public SignedIn signIn(String username, String password, String address) {
        String name = normalise(username);
        String accountKey = "account:" + name;
        String addressKey = "ip:" + (address == null ? "unknown" : address);
        Instant now = clock.instant();
        Optional<Instant> locked = database.read(c -> later(throttle.lockedUntil(c, accountKey, now),
                throttle.lockedUntil(c, addressKey, now)));
        if (locked.isPresent()) {
            throw new SignInRefusedException(SignInRefusedException.Reason.LOCKED, locked.get());
        }
        Optional<Account> account = database.read(c -> accounts.byUsername(c, name));
        Optional<String> hash = account.isEmpty() ? Optional.empty()
                : database.read(c -> accounts.passwordHash(c, account.get().id()));
        boolean matches;
        if (hash.isPresent()) {
            matches = hasher.matches(password, hash.get());
        } else {
            hasher.burnTime(password);
            matches = false;
        }
        if (!matches) {
            Optional<Instant> nowLocked = database.inTransaction(c -> {
                Optional<Instant> byAccount = throttle.recordFailure(c, accountKey, maxFailures, now);
                Optional<Instant> byAddress = throttle.recordFailure(c, addressKey, maxFailures * 4, now);
                if (byAccount.isPresent() || byAddress.isPresent()) {
                    audit.append(c, Actor.system(), "signin.locked", "account", name,
                            byAccount.isPresent() ? "account " + name : "address " + address);
                }
                return later(byAccount, byAddress);
            });
            throw nowLocked.map(until -> new SignInRefusedException(SignInRefusedException.Reason.LOCKED, until))
                    .orElseGet(() -> new SignInRefusedException(SignInRefusedException.Reason.WRONG_CREDENTIALS, null));
        }
        Account signedIn = account.get();
        if (signedIn.disabled()) {
            throw new SignInRefusedException(SignInRefusedException.Reason.DISABLED, null);
        }
        String token = Secrets.newToken();
        database.transact(c -> {
            throttle.clear(c, accountKey);
            sessions.deleteExpired(c, now);
            sessions.insert(c, Secrets.sha256Hex(token), signedIn.id(), Secrets.newToken(), now, now.plus(IDLE));
            audit.append(c, Actor.of(signedIn), "signin", "account", signedIn.username(), null);
        });
        return new SignedIn(token, signedIn);
    }

    /** The session a cookie token belongs to, if it is still valid; extends its idle time. */
    public Optional<ConsoleSession> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String tokenHash = Secrets.sha256Hex(token);
        Instant now = clock.instant();
        return database.read(c -> {
            Optional<SessionStore.Row> row = sessions.find(c, tokenHash);
            if (row.isEmpty() || !row.get().expiresAt().isAfter(now)
                    || !row.get().createdAt().plus(ABSOLUTE).isAfter(now)) {
                return Optional.<Found>empty();
            }
            Optional<Account> account = accounts.byId(c, row.get().accountId());
            if (account.isEmpty() || account.get().disabled()) {
                return Optional.<Found>empty();
            }
            return Optional.of(new Found(row.get(), new ConsoleSession(principal(c, account.get()), row.get().csrfToken())));
        }).map(found -> {
            if (found.row().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
                database.transact(c -> sessions.touch(c, tokenHash, now, now.plus(IDLE)));
            }
            return found.session();
        });
    }

    private record Found(SessionStore.Row row, ConsoleSession session) {
    }

    public void signOut(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String tokenHash = Secrets.sha256Hex(token);
        database.transact(c -> {
            Optional<SessionStore.Row> row = sessions.find(c, tokenHash);
            if (row.isPresent()) {
                sessions.delete(c, tokenHash);
                Optional<Account> account = accounts.byId(c, row.get().accountId());
                if (account.isPresent()) {
                    audit.append(c, Actor.of(account.get()), "signout", "account", account.get().username(), null);
                }
            }
        });
    }

    /** The account with what it may reach: a centre's staff reach the regions its kiosks show. */
    Principal principal(Connection c, Account account) throws SQLException {
        if (account.role() != Role.CENTRE_STAFF) {
            return new Principal(account, Set.of());
        }
        Set<String> regions = reference.centre(c, account.centreId())
                .map(centre -> centre.scopeRegionIds().isEmpty() ? Set.of(centre.regionId()) : Set.copyOf(centre.scopeRegionIds()))
                .orElse(Set.of());
        return new Principal(account, regions);
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
