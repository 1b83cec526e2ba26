package id.anjungan.kiosk.slip;

import java.util.Locale;
import java.util.Objects;

/**
 * Everything one printed referral slip says, already in the slip's language. Every output (paper,
 * PNG, PDF) shows exactly this, laid out by {@link SlipLayout}. Build one with
 * {@link SlipContentFactory}.
 *
 * @param language the language of the slip's labels, see {@link SlipText}
 * @param location the industrial estate and/or town of the workplace
 * @param issuedDate the issue day as printed, e.g. "27 Nov 2026"
 * @param expiryDate the last day the slip is valid, as printed, e.g. "11 Des 2026"
 * @param shortCode the code read over the phone, e.g. "7YD0-RZJV"
 * @param qrText the signed token exactly as it goes into the QR
 * @param applicantName printed only when the job seeker chose to give it, else null
 * @param applicantPhone printed only when the job seeker chose to give it, else null
 * @param consentLine says the job seeker agreed to name and phone being printed and sent;
 *                    present exactly when a name or phone is
 */
public record SlipContent(
        Locale language,
        String centreName,
        String title,
        String vacancyTitle,
        String employerName,
        String location,
        String intakeAddress,
        String intakeInstructions,
        String issuedDate,
        String expiryDate,
        String shortCode,
        String qrText,
        String applicantName,
        String applicantPhone,
        String consentLine) {

    public SlipContent {
        Objects.requireNonNull(language, "language");
        requireText("centreName", centreName);
        requireText("title", title);
        requireText("vacancyTitle", vacancyTitle);
        requireText("employerName", employerName);
        requireText("issuedDate", issuedDate);
        requireText("expiryDate", expiryDate);
        requireText("shortCode", shortCode);
        requireText("qrText", qrText);
        location = orEmpty(location);
        intakeAddress = orEmpty(intakeAddress);
        intakeInstructions = orEmpty(intakeInstructions);
        boolean personal = applicantName != null || applicantPhone != null;
        if (personal != (consentLine != null)) {
            throw new IllegalArgumentException("a consent line goes with a name or phone, and only with them");
        }
    }

    /** True when the job seeker chose to have a name or phone printed. */
    public boolean hasApplicant() {
        return consentLine != null;
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
