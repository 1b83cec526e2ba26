package id.anjungan.server.audit;

import id.anjungan.server.account.Principal;
import id.anjungan.server.db.Database;
import id.anjungan.server.error.ForbiddenException;
import java.util.List;

/** What administrators read of the audit log. */
public final class AuditService {
    public static final int PAGE = 200;

    private final Database database;
    private final AuditLog log;

    public AuditService(Database database, AuditLog log) {
        this.database = database;
        this.log = log;
    }

    public List<AuditEntry> newest(Principal who, String text) {
        if (!who.isAdmin()) {
            throw new ForbiddenException("only administrators read the audit log");
        }
        String filter = text == null || text.isBlank() ? null : text.trim();
        return database.read(c -> log.newest(c, filter, PAGE));
    }
}
