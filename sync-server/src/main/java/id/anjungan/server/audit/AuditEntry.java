package id.anjungan.server.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param action such as "vacancy.update"; the console shows it in words
 * @param detail what changed, such as "validThrough: 2026-12-01 → 2026-12-15"
 */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String actorRole, String action,
                         String entity, String entityId, String detail) {
}
