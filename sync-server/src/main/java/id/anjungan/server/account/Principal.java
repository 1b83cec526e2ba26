package id.anjungan.server.account;

import java.util.Set;

/**
 * A signed-in account with what it may reach: services ask it, handlers never decide.
 *
 * @param scopeRegionIds the regions a centre's kiosks show (centre staff); empty for other roles
 */
public record Principal(Account account, Set<String> scopeRegionIds) {
    public Principal {
        scopeRegionIds = scopeRegionIds == null ? Set.of() : Set.copyOf(scopeRegionIds);
    }

    public Role role() {
        return account.role();
    }

    public boolean isAdmin() {
        return account.role() == Role.ADMIN;
    }

    public boolean isStaff() {
        return account.role() == Role.CENTRE_STAFF;
    }

    public boolean isEmployer() {
        return account.role() == Role.EMPLOYER;
    }

    /** Whether this account may see and change a vacancy of this employer in this region. */
    public boolean reachesVacancy(String employerId, String regionId) {
        return switch (account.role()) {
            case ADMIN -> true;
            case CENTRE_STAFF -> scopeRegionIds.contains(regionId);
            case EMPLOYER -> account.employerId().equals(employerId);
        };
    }

    /** Whether this account may look after the kiosks of this centre. */
    public boolean reachesCentre(String centreId) {
        return switch (account.role()) {
            case ADMIN -> true;
            case CENTRE_STAFF -> account.centreId().equals(centreId);
            case EMPLOYER -> false;
        };
    }
}
