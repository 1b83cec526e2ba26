package id.anjungan.kiosk.slip;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Turns what the kiosk knows about a vacancy, and the signed token it issued for it, into the
 * words of one slip, in one language and the kiosk's time zone (WIB, WITA or WIT).
 */
public final class SlipContentFactory {
    private final SlipText text;
    private final ZoneId zone;

    public SlipContentFactory(SlipText text, ZoneId zone) {
        this.text = Objects.requireNonNull(text, "text");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param estate the vacancy's industrial estate, or null
     * @param qrText the signed token's QR text, from {@code SlipTokenCodec.toText} or {@code toUrlText}
     * @param applicant what the job seeker chose to have printed, or null for nothing
     */
    public SlipContent create(TrainingCentre centre, Vacancy vacancy, Employer employer, IndustrialEstate estate,
                              SlipToken token, String qrText, Applicant applicant) {
        return new SlipContent(
                text.locale(),
                centre.name(),
                text.get("title"),
                vacancy.title(),
                employer.name(),
                location(estate, vacancy.town()),
                firstGiven(employer.intakeAddress(), employer.address()),
                firstGiven(employer.intakeInstructions(), vacancy.howToApply()),
                text.date(LocalDate.ofInstant(token.issuedAt(), zone)),
                text.date(lastValidDay(token)),
                token.shortCode(),
                qrText,
                applicant == null ? null : applicant.name(),
                applicant == null ? null : applicant.phone(),
                applicant == null ? null : text.get("consent"));
    }

    /**
     * The day of the slip's last valid second: a slip that expires at midnight is valid until the
     * day before, and saying the later day would send people to the gate a day too late.
     */
    private LocalDate lastValidDay(SlipToken token) {
        return LocalDate.ofInstant(token.expiresAt().minusSeconds(1), zone);
    }

    private static String location(IndustrialEstate estate, String town) {
        String estateName = estate == null ? null : estate.name();
        if (isBlank(estateName)) {
            return isBlank(town) ? "" : town;
        }
        return isBlank(town) || estateName.contains(town) ? estateName : estateName + ", " + town;
    }

    private static String firstGiven(String preferred, String otherwise) {
        return isBlank(preferred) ? (otherwise == null ? "" : otherwise) : preferred;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
