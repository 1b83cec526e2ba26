package id.anjungan.kiosk.issue;

import java.util.Optional;

/**
 * Indonesian mobile numbers as job seekers type them: {@code 0812 3456 7890}, {@code 0812-3456-7890},
 * {@code +62 812 3456 7890}, {@code 62 812...}. A mobile number starts with 08 (or 8 after the
 * country code 62) and has 10 to 13 digits written the national way (0 + 9 to 12 digits).
 * Landline numbers (021..., 0285...) are not mobile numbers: the employer will send a text message.
 */
public final class PhoneNumbers {
    public static final int MIN_DIGITS = 10;
    public static final int MAX_DIGITS = 13;

    private PhoneNumbers() {
    }

    /**
     * The number in its national form, grouped for reading: {@code 0812-3456-7890}; empty when the
     * text is not an Indonesian mobile number. Spaces, hyphens, dots and brackets are ignored.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s\\-.()]", "");
        String national;
        if (compact.startsWith("+62")) {
            national = "0" + compact.substring(3);
        } else if (compact.startsWith("62")) {
            national = "0" + compact.substring(2);
        } else {
            national = compact;
        }
        if (!national.matches("08[0-9]+") || national.length() < MIN_DIGITS || national.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(national.substring(0, 4) + "-" + national.substring(4, 8) + "-" + national.substring(8));
    }

    public static boolean isValid(String typed) {
        return normalize(typed).isPresent();
    }
}
