package id.anjungan.kiosk.format;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.reference;
import static id.anjungan.kiosk.testing.TestCatalog.withPay;
import static id.anjungan.kiosk.testing.TestCatalog.withRequirements;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

class VacancyTextsTest {
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
    private final Vacancy welder = openVacancy("v-1", 1);

    @Test
    void aMinimumWagePayNamesTheRegencyAndItsWage() {
        Vacancy umk = withPay(welder, Pay.minimumWage());

        assertThat(texts.pay(umk, reference())).isEqualTo("UMK Kabupaten Batang (Rp 2.534.383)");
    }

    @Test
    void aMinimumWagePayOfAnUnknownRegionSaysLocalMinimumWage() {
        Vacancy umk = withPay(welder, Pay.minimumWage());

        assertThat(texts.pay(umk, new ReferenceData(null, null, null, null, null))).isEqualTo("UMK daerah setempat");
    }

    @Test
    void aStatedPayShowsTheAmountAndThePeriod() {
        assertThat(texts.pay(withPay(welder, Pay.monthly(2_850_000)), reference())).isEqualTo("Rp 2.850.000 per bulan");
        assertThat(texts.pay(welder, reference())).isEqualTo("Rp 2.850.000 \u2013 Rp 3.200.000 per bulan");
        assertThat(texts.pay(withPay(welder, new Pay(PayKind.AMOUNT, 150_000L, null, PayPeriod.DAY)), reference()))
                .isEqualTo("Rp 150.000 per hari");
        assertThat(texts.pay(withPay(welder, Pay.negotiable()), reference())).isEqualTo("Dibicarakan saat wawancara");
    }

    @Test
    void aStatedPayInEnglish() {
        messages.use(Language.ENGLISH);

        assertThat(texts.pay(withPay(welder, Pay.monthly(2_850_000)), reference())).isEqualTo("Rp 2.850.000 a month");
    }

    @Test
    void thePlaceIsTheEstateAndTheRegency() {
        assertThat(texts.place(welder, reference())).isEqualTo("KIT Batang, Kabupaten Batang");
        assertThat(texts.address(welder, reference())).isEqualTo("Blok C-7, KIT Batang, Gringsing");
    }

    @Test
    void theEmployerIsNamedFromTheReferenceData() {
        assertThat(texts.employer(welder, reference())).isEqualTo("PT Baja Contoh (fiktif)");
        assertThat(texts.employer(welder, new ReferenceData(null, null, null, null, null))).isEqualTo("pt-baja-contoh");
    }

    @Test
    void requirementsListAgeSexEducationExperienceLicenceAndJobSeekerCard() {
        assertThat(texts.requirements(welder)).containsExactly(
                "Usia 18\u201335 tahun",
                "Laki-laki",
                "Pendidikan minimal SMK",
                "Pengalaman kerja minimal 1 tahun",
                "Memiliki SIM C",
                "Kartu pencari kerja AK/1 (kartu kuning) dari Disnaker");
    }

    @Test
    void requirementsThatAskForNothingSaySo() {
        Vacancy open = withRequirements(welder, new Requirements(null, null, Sex.ANY, null, 0, null, false));

        assertThat(texts.requirements(open)).containsExactly(
                "Semua usia", "Laki-laki atau perempuan", "Semua jenjang pendidikan", "Tidak perlu pengalaman kerja");
    }

    @Test
    void deadlineOpeningsAndTradeInTheChosenLanguage() {
        assertThat(texts.deadline(welder)).isEqualTo(new Formats(messages).date(TODAY.plusDays(30)));
        assertThat(texts.openings(welder)).isEqualTo("4 orang");
        assertThat(texts.trade(welder, reference())).isEqualTo("Las");

        messages.use(Language.ENGLISH);

        assertThat(texts.openings(welder)).isEqualTo("4 people");
        assertThat(texts.trade(welder, reference())).isEqualTo("Welding");
        assertThat(texts.employmentType(welder)).isEqualTo("Full time");
    }
}
