package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlipTextTest {

    @Test
    void indonesianDatesUseTheKioskShortMonthNames() {
        SlipText text = SlipText.indonesian();

        assertThat(text.date(LocalDate.parse("2026-11-27"))).isEqualTo("27 Nov 2026");
        assertThat(text.date(LocalDate.parse("2026-12-15"))).isEqualTo("15 Des 2026");
        assertThat(text.date(LocalDate.parse("2027-08-01"))).isEqualTo("1 Agu 2027");
        assertThat(text.date(LocalDate.parse("2027-05-09"))).isEqualTo("9 Mei 2027");
    }

    @Test
    void englishHasItsOwnTitleAndMonths() {
        SlipText text = SlipText.forLocale(Locale.ENGLISH);

        assertThat(text.get("title")).isEqualTo("Job Referral Slip");
        assertThat(text.date(LocalDate.parse("2026-12-15"))).isEqualTo("15 Dec 2026");
        assertThat(text.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageWithoutItsOwnFileGetsIndonesianWhateverTheMachineDefaultIs() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);

            SlipText javanese = SlipText.forLocale(Locale.forLanguageTag("jv"));

            assertThat(javanese.get("title")).isEqualTo("Slip Rujukan Kerja");
            assertThat(javanese.locale()).isEqualTo(SlipText.INDONESIAN);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bothLanguagesHaveEveryKey() {
        SlipText indonesian = SlipText.indonesian();
        SlipText english = SlipText.forLocale(Locale.ENGLISH);

        for (String key : java.util.List.of("title", "vacancy", "employer", "location", "scanHint", "code",
                "issued", "expires", "intakeAddress", "instructions", "applicantName", "applicantPhone",
                "consent", "free")) {
            assertThat(indonesian.get(key)).as(key).isNotBlank();
            assertThat(english.get(key)).as(key).isNotBlank().isNotEqualTo(indonesian.get(key));
        }
    }
}
