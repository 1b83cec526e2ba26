package id.anjungan.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScannableQrTest {
    /** A real slip token whose QR, with the mask ZXing's encoder picks, ZXing's own reader cannot read. */
    private static final String MISREAD_WITH_DEFAULT_MASK = "ABK1:XA0PQ9Y46IBBOW12%T**FFED*Z36VCP$D3W5A46+E60$C78ELQ"
            + "EE9ENWEKX57%ECEC3WEVKE+NDZWTFODUP5ZLFND1AFV%S4OZR.*G 07+AS2ZFZ9BIZN./A+9MHAA9AA38IVHI5U1 CBW SILCTH8O33B*"
            + "ML-I3ZH:KL*LTC%49$I%G0B12";

    private static final RasterSlipRenderer RENDERER = new RasterSlipRenderer(SlipFonts.installed());

    /** One plain ZXing read, no retries: what a browser's camera decoder does with one frame. */
    private static String readOnce(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }

    private static String randomToken(SecureRandom random) {
        SlipSigner signer = SlipSigner.of(KioskKeys.generate());
        SlipToken token = new SlipToken(signer.keyId(), SlipId.random(random), DemoSlips.VACANCY.id(),
                DemoSlips.EMPLOYER_ID, DemoSlips.ISSUED, DemoSlips.EXPIRES);
        return SlipTokenCodec.toText(signer.sign(token));
    }

    private static SlipContent slipFor(String qrText) {
        return new SlipContentFactory(SlipText.indonesian(), DemoSlips.WIB).create(DemoSlips.CENTRE, DemoSlips.VACANCY,
                DemoSlips.EMPLOYER, DemoSlips.ESTATE, DemoSlips.token(), qrText, DemoSlips.APPLICANT);
    }

    @Test
    void aTokenThatZxingMisreadsWithTheEncodersMaskIsPrintedWithAMaskItReads() throws Exception {
        assertThat(ScannableQr.reads(Encoder.encode(MISREAD_WITH_DEFAULT_MASK, ErrorCorrectionLevel.Q).getMatrix(),
                MISREAD_WITH_DEFAULT_MASK)).as("the default mask really is misread").isFalse();

        BufferedImage slip = RENDERER.render(slipFor(MISREAD_WITH_DEFAULT_MASK), PaperWidth.MM_58);

        assertThat(readOnce(slip)).isEqualTo(MISREAD_WITH_DEFAULT_MASK);
    }

    @Test
    void everyOneOfTwoHundredRandomSlipTokensReadsAtTheFirstTryFromAWhole58MillimetreSlip() {
        SecureRandom random = new SecureRandom();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String text = randomToken(random);
            String read = readOnce(RENDERER.render(slipFor(text), PaperWidth.MM_58));
            if (!read.equals(text)) {
                unreadable.add(text + " -> " + read);
            }
        }

        assertThat(unreadable).isEmpty();
    }
}
