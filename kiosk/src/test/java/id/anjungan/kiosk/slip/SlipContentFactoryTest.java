package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.protocol.slip.SlipToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlipContentFactoryTest {

    @Test
    void theDemoSlipSaysWhatJobWhereAndUntilWhen() {
        SlipContent content = DemoSlips.withoutApplicant();

        assertThat(content.title()).isEqualTo("Slip Rujukan Kerja");
        assertThat(content.centreName()).isEqualTo("BLK Komunitas Ketanggan");
        assertThat(content.vacancyTitle()).isEqualTo("Operator Produksi Sepatu");
        assertThat(content.employerName()).isEqualTo("PT Sepatu Nusantara Makmur (fiktif)");
        assertThat(content.location()).isEqualTo("Kawasan Industri Terpadu Batang, Gringsing");
        assertThat(content.intakeAddress()).startsWith("Pos Satpam Gerbang 3");
        assertThat(content.issuedDate()).isEqualTo("27 Nov 2026");
        assertThat(content.expiryDate()).isEqualTo("11 Des 2026");
        assertThat(content.shortCode()).isEqualTo(DemoSlips.token().shortCode());
        assertThat(content.qrText()).isEqualTo(DemoSlips.qrText());
    }

    @Test
    void aSlipExpiringAtMidnightIsValidUntilTheDayBefore() {
        assertThat(DemoSlips.EXPIRES).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));

        assertThat(DemoSlips.withoutApplicant().expiryDate()).isEqualTo("11 Des 2026");
    }

    @Test
    void datesAreTheKioskLocalDaysNotUtc() {
        SlipToken lateEvening = new SlipToken(DemoSlips.SIGNER.keyId(), DemoSlips.token().slipId(), "demo-0042",
                DemoSlips.EMPLOYER_ID, Instant.parse("2026-11-27T18:30:00Z"), DemoSlips.EXPIRES);

        SlipContent content = new SlipContentFactory(SlipText.indonesian(), DemoSlips.WIB)
                .create(DemoSlips.CENTRE, DemoSlips.VACANCY, DemoSlips.EMPLOYER, DemoSlips.ESTATE, lateEvening,
                        DemoSlips.qrText(), null);

        assertThat(content.issuedDate()).isEqualTo("28 Nov 2026");
    }

    @Test
    void nameAndPhoneAndTheConsentLineAppearOnlyWhenTheJobSeekerGaveThem() {
        SlipContent without = DemoSlips.withoutApplicant();
        SlipContent with = DemoSlips.withApplicant();

        assertThat(without.hasApplicant()).isFalse();
        assertThat(without.applicantName()).isNull();
        assertThat(without.consentLine()).isNull();
        assertThat(with.applicantName()).isEqualTo("Dwi Rahmawati");
        assertThat(with.applicantPhone()).isEqualTo("0812-3456-7890");
        assertThat(with.consentLine()).contains("persetujuan");
    }

    @Test
    void aPhoneAloneIsEnoughToPrintTheConsentLine() {
        SlipContent content = DemoSlips.content(new Applicant(" ", "0857-1111-2222"));

        assertThat(content.applicantName()).isNull();
        assertThat(content.applicantPhone()).isEqualTo("0857-1111-2222");
        assertThat(content.consentLine()).isNotNull();
    }

    @Test
    void anApplicantWithNeitherNameNorPhoneIsRefused() {
        assertThatThrownBy(() -> new Applicant("", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
