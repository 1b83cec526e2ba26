package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.slip.SlipBlock.Heading;
import id.anjungan.kiosk.slip.SlipBlock.KeyValue;
import id.anjungan.kiosk.slip.SlipBlock.Qr;
import id.anjungan.kiosk.slip.SlipBlock.Text;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlipLayoutTest {

    @Test
    void theLayoutHasOneHeadingAndOneQrHoldingTheToken() {
        List<SlipBlock> blocks = SlipLayout.blocks(DemoSlips.withoutApplicant());

        assertThat(blocks).filteredOn(Heading.class::isInstance).containsExactly(new Heading("Slip Rujukan Kerja"));
        assertThat(blocks).filteredOn(Qr.class::isInstance).containsExactly(new Qr(DemoSlips.qrText()));
    }

    @Test
    void theCodeAndTheDeadlineAreRightUnderTheQr() {
        List<SlipBlock> blocks = SlipLayout.blocks(DemoSlips.withoutApplicant());
        int qr = blocks.indexOf(new Qr(DemoSlips.qrText()));

        assertThat(((Text) blocks.get(qr + 1)).text()).isEqualTo("Kode slip: " + DemoSlips.token().shortCode());
        assertThat(((Text) blocks.get(qr + 2)).text()).isEqualTo("Berlaku sampai 11 Des 2026");
    }

    @Test
    void nameAndPhoneAreLaidOutOnlyWhenGiven() {
        assertThat(allText(SlipLayout.blocks(DemoSlips.withoutApplicant())))
                .doesNotContain("Dwi Rahmawati").doesNotContain("0812-3456-7890").doesNotContain("persetujuan");
        assertThat(allText(SlipLayout.blocks(DemoSlips.withApplicant())))
                .contains("Dwi Rahmawati", "0812-3456-7890", "persetujuan");
    }

    @Test
    void theQrHoldsNoPersonalData() {
        List<SlipBlock> blocks = SlipLayout.blocks(DemoSlips.withApplicant());

        assertThat(blocks).filteredOn(Qr.class::isInstance).map(block -> ((Qr) block).text())
                .allSatisfy(text -> assertThat(text).doesNotContain("DWI").doesNotContain("0812"));
    }

    @Test
    void anEnglishSlipUsesEnglishLabels() {
        SlipContent content = new SlipContentFactory(SlipText.forLocale(java.util.Locale.ENGLISH), DemoSlips.WIB)
                .create(DemoSlips.CENTRE, DemoSlips.VACANCY, DemoSlips.EMPLOYER, DemoSlips.ESTATE,
                        DemoSlips.token(), DemoSlips.qrText(), DemoSlips.APPLICANT);

        assertThat(allText(SlipLayout.blocks(content)))
                .contains("Job Referral Slip", "Employer", "Valid until 11 Dec 2026", "Slip code: ");
    }

    private static String allText(List<SlipBlock> blocks) {
        return blocks.stream().map(block -> {
            if (block instanceof Text text) {
                return text.text();
            }
            if (block instanceof KeyValue keyValue) {
                return keyValue.key() + "\n" + keyValue.value();
            }
            if (block instanceof Heading heading) {
                return heading.text();
            }
            return "";
        }).collect(Collectors.joining("\n"));
    }
}
