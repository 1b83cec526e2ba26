package id.anjungan.server.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to the staff console.
 *
 * @param centreId the centre of a {@link Role#CENTRE_STAFF} account, else null
 * @param employerId the employer of an {@link Role#EMPLOYER} account, else null
 */
public record Account(String id, String username, String displayName, Role role, String centreId, String employerId,
                      Instant createdAt, Instant disabledAt) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.CENTRE_STAFF && centreId == null) {
            throw new IllegalArgumentException("a centre staff account needs its centre");
        }
        if (role == Role.EMPLOYER && employerId == null) {
            throw new IllegalArgumentException("an employer account needs its employer");
        }
    }

    public boolean disabled() {
        return disabledAt != null;
    }
}
