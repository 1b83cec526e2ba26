package id.anjungan.kiosk.format;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T05:00:00Z");

    private final Messages messages = new Messages(Language.INDONESIAN);
    private final Formats formats = new Formats(messages);

    @Test
    void rupiahAreGroupedByThousandsWithDots() {
        assertThat(Formats.rupiah(2_850_000)).isEqualTo("Rp 2.850.000");
        assertThat(Formats.rupiah(2_534_383)).isEqualTo("Rp 2.534.383");
        assertThat(Formats.rupiah(12_345_678_901L)).isEqualTo("Rp 12.345.678.901");
        assertThat(Formats.rupiah(150_000)).isEqualTo("Rp 150.000");
        assertThat(Formats.rupiah(1_000)).isEqualTo("Rp 1.000");
        assertThat(Formats.rupiah(950)).isEqualTo("Rp 950");
        assertThat(Formats.rupiah(0)).isEqualTo("Rp 0");
    }

    @Test
    void rupiahLookTheSameInEnglish() {
        messages.use(Language.ENGLISH);

        assertThat(Formats.rupiah(2_850_000)).isEqualTo("Rp 2.850.000");
    }

    @Test
    void datesUseIndonesianShortMonthNames() {
        assertThat(formats.date(LocalDate.of(2026, 12, 15))).isEqualTo("15 Des 2026");
        assertThat(formats.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 Mei 2026");
        assertThat(formats.date(LocalDate.of(2027, 8, 17))).isEqualTo("17 Agu 2027");
        assertThat(formats.date(LocalDate.of(2026, 10, 2))).isEqualTo("2 Okt 2026");
    }

    @Test
    void datesInEnglishUseEnglishShortMonthNames() {
        messages.use(Language.ENGLISH);

        assertThat(formats.date(LocalDate.of(2026, 12, 15))).isEqualTo("15 Dec 2026");
        assertThat(formats.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 May 2026");
        assertThat(formats.date(LocalDate.of(2027, 8, 17))).isEqualTo("17 Aug 2027");
    }

    @Test
    void ageOfDataIsToldInMinutesHoursOrDays() {
        assertThat(formats.timeAgo(NOW.minusSeconds(20), NOW)).isEqualTo("baru saja");
        assertThat(formats.timeAgo(NOW.minusSeconds(3 * 60 + 10), NOW)).isEqualTo("3 menit lalu");
        assertThat(formats.timeAgo(NOW.minusSeconds(2 * 3600 + 59), NOW)).isEqualTo("2 jam lalu");
        assertThat(formats.timeAgo(NOW.minusSeconds(4 * 86400), NOW)).isEqualTo("4 hari lalu");
    }

    @Test
    void ageOfDataInEnglishCountsSingularAndPlural() {
        messages.use(Language.ENGLISH);

        assertThat(formats.timeAgo(NOW.minusSeconds(60), NOW)).isEqualTo("1 minute ago");
        assertThat(formats.timeAgo(NOW.minusSeconds(3 * 60), NOW)).isEqualTo("3 minutes ago");
        assertThat(formats.timeAgo(NOW.minusSeconds(86400), NOW)).isEqualTo("1 day ago");
    }
}
