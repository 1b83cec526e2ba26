package id.anjungan.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rp 2.500.000|2500000|",
            "Rp2.500.000,-|2500000|",
            "2.500.000|2500000|",
            "2500000|2500000|",
            "IDR 2,500,000|2500000|",
            "2,5 juta|2500000|",
            "Rp 2.500.000 - Rp 3.000.000|2500000|3000000",
            "2.500.000 - 3.000.000|2500000|3000000",
            "Rp 2.500.000 s/d 3.000.000|2500000|3000000",
            "2,5 - 3 juta|2500000|3000000",
            "150rb/hari|150000|",
    })
    void amountsAsStaffWriteThem(String text, long min, Long max) {
        Pay pay = FieldValues.pay(text, "Gaji");
        assertThat(pay.kind()).isEqualTo(PayKind.AMOUNT);
        assertThat(pay.min()).isEqualTo(min);
        assertThat(pay.max()).isEqualTo(max);
        assertThat(pay.period()).isEqualTo(text.endsWith("/hari") ? PayPeriod.DAY : PayPeriod.MONTH);
    }

    @Test
    void minimumWageNegotiableAndPeriods() {
        assertThat(FieldValues.pay("UMK", "Gaji")).isEqualTo(Pay.minimumWage());
        assertThat(FieldValues.pay("Sesuai UMK Batang", "Gaji")).isEqualTo(Pay.minimumWage());
        assertThat(FieldValues.pay("Nego", "Gaji")).isEqualTo(Pay.negotiable());
        assertThat(FieldValues.pay("-", "Gaji")).isEqualTo(Pay.negotiable());
        assertThat(FieldValues.pay("Rp 120.000/hari", "Gaji")).isEqualTo(new Pay(PayKind.AMOUNT, 120_000L, null, PayPeriod.DAY));
        assertThat(FieldValues.pay("Rp 2.900.000 (di atas UMK)", "Gaji")).isEqualTo(Pay.monthly(2_900_000));
        assertThat(FieldValues.pay(new BigDecimal("2600000"), "Gaji")).isEqualTo(Pay.monthly(2_600_000));
        assertThatThrownBy(() -> FieldValues.pay("lumayan", "Gaji")).isInstanceOf(BadValue.class)
                .hasMessageContaining("Gaji 'lumayan' tidak terbaca");
        assertThatThrownBy(() -> FieldValues.pay("3.000.000 - 2.500.000", "Upah")).isInstanceOf(BadValue.class)
                .hasMessageContaining("batas atas lebih kecil");
    }

    @Test
    void datesDayFirstInTheWaysIndonesiansWriteThem() {
        LocalDate day = LocalDate.of(2025, 7, 25);
        for (String text : new String[] {"25/07/2025", "25-07-2025", "2025-07-25", "25.07.2025", "25/7/2025", "25/07/25",
                "25 Juli 2025", "25 Jul 2025", "2025-07-25T23:59:59+07:00"}) {
            assertThat(FieldValues.date(text, "Batas Lamaran")).as(text).isEqualTo(day);
        }
        assertThat(FieldValues.date(day, "Batas Lamaran")).isEqualTo(day);
        assertThatThrownBy(() -> FieldValues.date("31/02/2025", "Batas Lamaran")).isInstanceOf(BadValue.class)
                .hasMessage("Batas Lamaran '31/02/2025' bukan tanggal yang ada");
        assertThatThrownBy(() -> FieldValues.date("akhir bulan", "Batas Lamaran")).isInstanceOf(BadValue.class)
                .hasMessageContaining("tulis seperti 25/07/2025");
        assertThatThrownBy(() -> FieldValues.date(new BigDecimal("45863"), "Batas Lamaran")).isInstanceOf(BadValue.class)
                .hasMessageContaining("format selnya sebagai tanggal");
    }

    @Test
    void requirementsInStaffWords() {
        assertThat(FieldValues.education("SMA/SMK", "Pendidikan")).isEqualTo(EducationLevel.SMA);
        assertThat(FieldValues.education("Min. SLTA", "Pendidikan")).isEqualTo(EducationLevel.SMA);
        assertThat(FieldValues.education("D-III", "Pendidikan")).isEqualTo(EducationLevel.D3);
        assertThat(FieldValues.education("S1", "Pendidikan")).isEqualTo(EducationLevel.D4_S1);
        assertThat(FieldValues.education("Semua", "Pendidikan")).isNull();
        assertThat(FieldValues.ageRange("18-30", "Usia")).containsExactly(18, 30);
        assertThat(FieldValues.ageRange("18 s/d 30 tahun", "Usia")).containsExactly(18, 30);
        assertThat(FieldValues.ageRange("maks. 35 tahun", "Usia")).containsExactly(null, 35);
        assertThat(FieldValues.ageRange("min 18", "Usia")).containsExactly(18, null);
        assertThat(FieldValues.sex("L", "Jenis Kelamin")).isEqualTo(Sex.MALE);
        assertThat(FieldValues.sex("Perempuan", "Jenis Kelamin")).isEqualTo(Sex.FEMALE);
        assertThat(FieldValues.sex("L/P", "Jenis Kelamin")).isEqualTo(Sex.ANY);
        assertThat(FieldValues.sex("Semua", "Jenis Kelamin")).isEqualTo(Sex.ANY);
        assertThat(FieldValues.experienceMonths("1 tahun", "Pengalaman", false)).isEqualTo(12);
        assertThat(FieldValues.experienceMonths("6 bulan", "Pengalaman", false)).isEqualTo(6);
        assertThat(FieldValues.experienceMonths("Tidak perlu", "Pengalaman", false)).isZero();
        assertThat(FieldValues.experienceMonths("2", "Pengalaman", false)).isEqualTo(24);
        assertThat(FieldValues.list("SMAW; Membaca gambar kerja, K3")).containsExactly("SMAW", "Membaca gambar kerja", "K3");
        assertThat(FieldValues.employmentType("Kontrak (PKWT) 1 tahun", "Status Kerja")).isEqualTo(EmploymentType.CONTRACTOR);
        assertThat(FieldValues.employmentType("Tetap", "Status Kerja")).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(FieldValues.openings("10 orang", "Jumlah")).isEqualTo(10);
        assertThatThrownBy(() -> FieldValues.openings("banyak", "Jumlah")).isInstanceOf(BadValue.class);
        assertThatThrownBy(() -> FieldValues.sex("X", "Jenis Kelamin")).isInstanceOf(BadValue.class)
                .hasMessageContaining("tulis L, P atau Semua");
    }
}
