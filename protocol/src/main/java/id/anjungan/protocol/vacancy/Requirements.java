package id.anjungan.protocol.vacancy;

/**
 * What an applicant must bring, as in the legal minimum of a vacancy report.
 *
 * @param minimumEducation null when any education will do
 * @param experienceMonths 0 for none required
 * @param drivingLicence such as "SIM C", or null
 * @param jobSeekerCardRequired the AK/1 card ("kartu kuning") from the labour office
 */
public record Requirements(
        Integer ageMin,
        Integer ageMax,
        Sex sex,
        EducationLevel minimumEducation,
        int experienceMonths,
        String drivingLicence,
        boolean jobSeekerCardRequired) {
    public Requirements {
        sex = sex == null ? Sex.ANY : sex;
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            throw new IllegalArgumentException("age maximum " + ageMax + " is below its minimum " + ageMin);
        }
        if (experienceMonths < 0) {
            throw new IllegalArgumentException("experience cannot be negative");
        }
    }

    public static Requirements none() {
        return new Requirements(null, null, Sex.ANY, null, 0, null, false);
    }
}
