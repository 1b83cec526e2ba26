package id.anjungan.server.console.web;

import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.Principal;
import id.anjungan.server.account.Role;
import id.anjungan.server.audit.AuditService;
import id.anjungan.server.error.InvalidFieldsException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Administrators' pages: accounts and the audit log. */
public final class AdminPages {
    private final AccountService accounts;
    private final AuditService audit;
    private final id.anjungan.server.reference.ReferenceService reference;
    private final ConsoleAuth auth;
    private final Templates templates;

    public AdminPages(AccountService accounts, AuditService audit, id.anjungan.server.reference.ReferenceService reference,
                      ConsoleAuth auth, Templates templates) {
        this.accounts = accounts;
        this.audit = audit;
        this.reference = reference;
        this.auth = auth;
        this.templates = templates;
    }

    /** GET /console/audit?q= */
    public void auditLog(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "audit", "audit.title"));
        params.put("entries", audit.newest(ConsoleAuth.principal(ctx), ctx.queryParam("q")));
        params.put("q", ctx.queryParam("q") == null ? "" : ctx.queryParam("q"));
        templates.page(ctx, "audit.jte", params);
    }

    /** GET /console/accounts */
    public void accountList(Context ctx) {
        showAccounts(ctx, Map.of(), Map.of(), null, HttpStatus.OK);
    }

    /** POST /console/accounts */
    public void createAccount(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(ctx.formParam("role"))).findFirst().orElse(null);
        Map<String, String> values = new HashMap<>();
        for (String field : new String[] {"username", "displayName", "role", "centreId", "employerId"}) {
            values.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field));
        }
        try {
            AccountService.Created created = accounts.create(who, new AccountService.NewAccount(values.get("username"),
                    values.get("displayName"), role, values.get("centreId"), values.get("employerId")));
            showAccounts(ctx, Map.of(), Map.of(), created, HttpStatus.CREATED);
        } catch (InvalidFieldsException e) {
            showAccounts(ctx, values, e.fields(), null, HttpStatus.BAD_REQUEST);
        }
    }

    /** POST /console/accounts/{id}/password */
    public void resetPassword(Context ctx) {
        AccountService.Created reset = accounts.resetPassword(ConsoleAuth.principal(ctx), ctx.pathParam("id"));
        showAccounts(ctx, Map.of(), Map.of(), reset, HttpStatus.OK);
    }

    /** POST /console/accounts/{id}/disable and /enable */
    public void disable(Context ctx) {
        accounts.setDisabled(ConsoleAuth.principal(ctx), ctx.pathParam("id"), true);
        ctx.redirect("/console/accounts");
    }

    public void enable(Context ctx) {
        accounts.setDisabled(ConsoleAuth.principal(ctx), ctx.pathParam("id"), false);
        ctx.redirect("/console/accounts");
    }

    private void showAccounts(Context ctx, Map<String, String> values, Map<String, String> errors,
                              AccountService.Created created, HttpStatus status) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "accounts", "accounts.title"));
        params.put("accounts", accounts.all(ConsoleAuth.principal(ctx)));
        params.put("reference", reference.all());
        params.put("values", values);
        params.put("errors", errors);
        params.put("created", created);
        ctx.status(status);
        templates.page(ctx, "accounts.jte", params);
    }
}
