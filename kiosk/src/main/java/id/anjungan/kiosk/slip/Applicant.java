package id.anjungan.kiosk.slip;

/**
 * What a job seeker chose to have printed on the slip: a name, a phone number, or both.
 * Blank parts count as not given.
 */
public record Applicant(String name, String phone) {
    public Applicant {
        name = blankToNull(name);
        phone = blankToNull(phone);
        if (name == null && phone == null) {
            throw new IllegalArgumentException("an applicant gives a name, a phone number, or both");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
