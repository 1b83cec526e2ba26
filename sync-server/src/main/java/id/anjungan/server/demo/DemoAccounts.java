package id.anjungan.server.demo;

import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.Role;
import id.anjungan.server.audit.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * On a server's first start, creates the console's first accounts with random passwords: on a demo
 * server one account per role (written to a file beside the database as well), else one
 * administrator. Later starts find an administrator and do nothing.
 */
public final class DemoAccounts {
    public static final String DEMO_EMPLOYER = "emp-sepatu-nusantara";

    private final AccountService accounts;

    public DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates the accounts if there is no administrator yet; returns one line per new account, or none. */
    public List<String> createOnFirstStart(boolean demo, Path file) {
        if (accounts.anyAdministrator()) {
            return List.of();
        }
        List<AccountService.Created> created = new ArrayList<>();
        created.add(accounts.create(Actor.system(),
                new AccountService.NewAccount("admin", "Administrator", Role.ADMIN, null, null)));
        if (demo) {
            created.add(accounts.create(Actor.system(), new AccountService.NewAccount("staf.batang",
                    "Staf BLK Komunitas Al-Hidayah (demo)", Role.CENTRE_STAFF, DemoKioskCode.DEMO_CENTRE, null)));
            created.add(accounts.create(Actor.system(), new AccountService.NewAccount("sepatu.nusantara",
                    "Rekrutmen PT Sepatu Nusantara Makmur (fiktif)", Role.EMPLOYER, null, DEMO_EMPLOYER)));
        }
        List<String> lines = created.stream()
                .map(c -> String.format("%-13s %-18s %s", c.account().role(), c.account().username(), c.password()))
                .toList();
        if (demo) {
            write(file, lines);
        }
        return lines;
    }

    private static void write(Path file, List<String> lines) {
        List<String> text = new ArrayList<>();
        text.add("# Staff console accounts of this demo server (created on its first start; sign in at /console/).");
        text.add("# role         username           password");
        text.addAll(lines);
        try {
            Files.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo accounts to " + file, e);
        }
    }
}
