package id.anjungan.server.audit;

import id.anjungan.server.account.Account;
import id.anjungan.server.account.Principal;

/** Who made a change: an account, or the server itself (demo set-up, first start). */
public record Actor(String accountId, String name, String role) {
    public static Actor of(Account account) {
        return new Actor(account.id(), account.username(), account.role().name());
    }

    public static Actor of(Principal principal) {
        return of(principal.account());
    }

    public static Actor system() {
        return new Actor(null, "server", null);
    }
}
