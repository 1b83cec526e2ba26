package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlipQrTextTest {
    private static final String QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final String URL_BASE = "HTTPS://ABK.EXAMPLE.ID/S/";

    @Test
    void bothTextFormsUseOnlyQrAlphanumericCharacters() {
        Random random = new Random(2026);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = Slips.SIGNER.sign(randomToken(random));
            assertThat(SlipTokenCodec.toText(bytes)).matches(s -> onlyAlphanumeric(s), "QR alphanumeric");
            assertThat(SlipTokenCodec.toUrlText(URL_BASE, bytes)).matches(s -> onlyAlphanumeric(s), "QR alphanumeric");
        }
    }

    @Test
    void theUrlFormsTokenNeedsNoEscapingInAUrlPath() {
        Random random = new Random(2027);
        for (int i = 0; i < 500; i++) {
            String url = SlipTokenCodec.toUrlText(URL_BASE, Slips.SIGNER.sign(randomToken(random)));
            assertThat(url.substring(URL_BASE.length())).matches("[0-9A-Z]+");
        }
    }

    @Test
    void theBase45TextNeverEndsInASpaceSoStrippingScannedTextIsSafe() {
        Random random = new Random(45);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[1 + random.nextInt(250)];
            random.nextBytes(data);
            assertThat(Base45.encode(data)).doesNotEndWith(" ");
        }
    }

    private static boolean onlyAlphanumeric(String text) {
        return text.chars().allMatch(c -> QR_ALPHANUMERIC.indexOf(c) >= 0);
    }

    private static SlipToken randomToken(Random random) {
        Instant issued = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE));
        return new SlipToken(Slips.SIGNER.keyId(), SlipId.random(new SecureRandom()),
                randomId(random), randomId(random), issued, issued.plusSeconds(1 + random.nextInt(1_000_000)));
    }

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder();
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            id.append(random.nextInt(4) == 0 ? (char) (0xA0 + random.nextInt(0x500)) : (char) ('!' + random.nextInt(94)));
        }
        return id.toString();
    }
}
