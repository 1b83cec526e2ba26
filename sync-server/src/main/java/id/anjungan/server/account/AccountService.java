package id.anjungan.server.account;

import id.anjungan.server.audit.Actor;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.reference.ReferenceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Accounts: administrators create them, reset their passwords and switch them off. */
public final class AccountService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final Database database;
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final ReferenceStore reference;
    private final Clock clock;

    public AccountService(Database database, AccountStore accounts, SessionStore sessions, PasswordHasher hasher,
                          AuditLog audit, ReferenceStore reference, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
        this.reference = reference;
        this.clock = clock;
    }

    /** What an administrator fills in for a new account. */
    public record NewAccount(String username, String displayName, Role role, String centreId, String employerId) {
    }

    /** A new account and its first password, shown once. */
    public record Created(Account account, String password) {
    }

    public List<Account> all(Principal who) {
        requireAdmin(who);
        return database.read(accounts::all);
    }

    public Created create(Principal who, NewAccount request) {
        requireAdmin(who);
        return create(Actor.of(who), request);
    }

    /** Creates an account as the server itself (first start, demo data). */
    public Created create(Actor actor, NewAccount request) {
        String password = PasswordHasher.newPassword();
        String hash = hasher.hash(password);
        Account account = database.inTransaction(c -> {
            Account valid = validate(c, request);
            accounts.insert(c, valid, hash);
            audit.append(c, actor, "account.create", "account", valid.username(),
                    valid.role() + (valid.centreId() != null ? " " + valid.centreId() : "")
                            + (valid.employerId() != null ? " " + valid.employerId() : ""));
            return valid;
        });
        return new Created(account, password);
    }

    /** A new random password; the account's open sessions end. */
    public Created resetPassword(Principal who, String accountId) {
        requireAdmin(who);
        String password = PasswordHasher.newPassword();
        String hash = hasher.hash(password);
        Account account = database.inTransaction(c -> {
            Account found = accounts.byId(c, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
            accounts.setPasswordHash(c, accountId, hash);
            sessions.deleteForAccount(c, accountId);
            audit.append(c, Actor.of(who), "account.password", "account", found.username(), null);
            return found;
        });
        return new Created(account, password);
    }

    /** Switches an account off (its sessions end at once) or on again. */
    public void setDisabled(Principal who, String accountId, boolean disabled) {
        requireAdmin(who);
        if (disabled && who.account().id().equals(accountId)) {
            throw new ForbiddenException("an administrator cannot switch off their own account");
        }
        database.transact(c -> {
            Account found = accounts.byId(c, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
            accounts.setDisabledAt(c, accountId, disabled ? clock.instant() : null);
            if (disabled) {
                sessions.deleteForAccount(c, accountId);
            }
            audit.append(c, Actor.of(who), disabled ? "account.disable" : "account.enable", "account", found.username(), null);
        });
    }

    public boolean anyAdministrator() {
        return database.read(c -> accounts.countWithRole(c, Role.ADMIN) > 0);
    }

    public Optional<Account> byUsername(String username) {
        return database.read(c -> accounts.byUsername(c, SignInService.normalise(username)));
    }

    private Account validate(Connection c, NewAccount request) throws SQLException {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = SignInService.normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.error.username");
        } else if (accounts.byUsername(c, username).isPresent()) {
            errors.put("username", "account.error.usernameTaken");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 120) {
            errors.put("displayName", "error.required");
        }
        if (request.role() == null) {
            errors.put("role", "error.required");
        }
        String centreId = blankToNull(request.centreId());
        String employerId = blankToNull(request.employerId());
        if (request.role() == Role.CENTRE_STAFF && (centreId == null || reference.centre(c, centreId).isEmpty())) {
            errors.put("centreId", "account.error.centre");
        }
        if (request.role() == Role.EMPLOYER && (employerId == null || reference.employer(c, employerId).isEmpty())) {
            errors.put("employerId", "account.error.employer");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new Account(UUID.randomUUID().toString(), username, displayName, request.role(),
                request.role() == Role.CENTRE_STAFF ? centreId : null,
                request.role() == Role.EMPLOYER ? employerId : null, clock.instant(), null);
    }

    private static void requireAdmin(Principal who) {
        if (!who.isAdmin()) {
            throw new ForbiddenException("only administrators manage accounts");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
