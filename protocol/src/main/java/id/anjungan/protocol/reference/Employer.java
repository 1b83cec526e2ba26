package id.anjungan.protocol.reference;

import java.util.Objects;

/**
 * An employer that posts vacancies.
 *
 * @param estateId the industrial estate it sits in, or null
 * @param intakeAddress where a job seeker presents the referral slip
 * @param intakeInstructions what to bring and when to come, in plain words
 * @param fictional true for the demo data set's made-up companies
 */
public record Employer(
        String id,
        String name,
        String sector,
        String regionId,
        String estateId,
        String address,
        String intakeAddress,
        String intakeInstructions,
        boolean fictional) {
    public Employer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionId, "regionId");
    }
}
