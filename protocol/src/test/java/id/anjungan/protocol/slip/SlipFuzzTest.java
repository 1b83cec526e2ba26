package id.anjungan.protocol.slip;

import static id.anjungan.protocol.slip.SlipRejection.BAD_SIGNATURE;
import static id.anjungan.protocol.slip.SlipRejection.MALFORMED;
import static id.anjungan.protocol.slip.SlipRejection.UNKNOWN_KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage and near-misses must come back as SlipFormatException or a refusal, never as anything else. */
class SlipFuzzTest {
    private static final int ROUNDS = 3000;
    private static final String URL_BASE = "HTTPS://ABK.EXAMPLE.ID/S/";
    private final SlipVerifier verifier = new SlipVerifier(Slips.DIRECTORY, PresentationLedger.NONE);
    private final byte[] valid = Slips.signed();
    private final Map<SlipRejection, Integer> seen = new EnumMap<>(SlipRejection.class);

    @Test
    void randomBytesAreReadOrRefusedWithASlipFormatException() {
        Random random = new Random(1);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes = new byte[random.nextInt(260)];
            random.nextBytes(bytes);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = 1;
            }
            decodeBytes(bytes);
            refusedAsGarbage(SlipTokenCodec.toText(bytes), HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void randomTextsAreRefusedAsMalformedOrBadlySigned() {
        Random random = new Random(2);
        String alphabets = Base45.ALPHABET + "abcxyz\t\r\n\u00e9\u0130\u00a0\ud800\u3000?#&=";
        for (int i = 0; i < ROUNDS; i++) {
            StringBuilder text = new StringBuilder(switch (random.nextInt(4)) {
                case 0 -> "ABK1:";
                case 1 -> URL_BASE;
                case 2 -> "https://x/";
                default -> "";
            });
            int length = random.nextInt(400);
            String chars = random.nextBoolean() ? Base45.ALPHABET : alphabets;
            for (int c = 0; c < length; c++) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            decodeText(text.toString());
            refusedAsGarbage(text.toString(), text.toString());
        }
    }

    @Test
    void mutatedTokensAreNeverAccepted() {
        Random random = new Random(3);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] mutant = mutate(valid, random);
            if (Arrays.equals(mutant, valid)) {
                continue;
            }
            decodeBytes(mutant);
            String text = random.nextBoolean() ? SlipTokenCodec.toText(mutant) : SlipTokenCodec.toUrlText(URL_BASE, mutant);
            refusedAsGarbage(text, HexFormat.of().formatHex(mutant));
        }
        assertThat(seen).as("mutations reach every check they can fail").containsKeys(MALFORMED, UNKNOWN_KIOSK, BAD_SIGNATURE);
    }

    @Test
    void mutatedTextsAreNeverAccepted() {
        Random random = new Random(4);
        String text = SlipTokenCodec.toText(valid);
        for (int i = 0; i < ROUNDS; i++) {
            StringBuilder mutant = new StringBuilder(text);
            int at = random.nextInt(mutant.length());
            char c = Base45.ALPHABET.charAt(random.nextInt(45));
            switch (random.nextInt(3)) {
                case 0 -> mutant.setCharAt(at, c);
                case 1 -> mutant.insert(at, c);
                default -> mutant.deleteCharAt(at);
            }
            if (mutant.toString().strip().equalsIgnoreCase(text)) {
                continue;
            }
            decodeText(mutant.toString());
            refusedAsGarbage(mutant.toString(), mutant.toString());
        }
        assertThat(seen).as("mutations reach every check they can fail").containsKeys(MALFORMED, UNKNOWN_KIOSK, BAD_SIGNATURE);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(bytes.length + 1);
            switch (random.nextInt(3)) {
                case 0 -> bytes[Math.min(at, bytes.length - 1)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    int from = Math.min(at, bytes.length - 1);
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, from);
                    System.arraycopy(bytes, from + 1, shorter, from, bytes.length - from - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    private void refusedAsGarbage(String text, String input) {
        SlipVerdict verdict;
        try {
            verdict = verifier.verify(text, Slips.DURING, null);
        } catch (RuntimeException e) {
            throw new AssertionError("verifier threw on " + input, e);
        }
        assertThat(verdict.rejection()).as(input).isIn(MALFORMED, UNKNOWN_KIOSK, BAD_SIGNATURE);
        seen.merge(verdict.rejection(), 1, Integer::sum);
    }

    private static void decodeBytes(byte[] bytes) {
        try {
            SlipTokenCodec.decode(bytes);
        } catch (SlipFormatException expected) {
            // the only way to refuse
        } catch (RuntimeException e) {
            fail("decode threw on " + HexFormat.of().formatHex(bytes), e);
        }
    }

    private static void decodeText(String text) {
        try {
            SlipTokenCodec.decode(SlipTokenCodec.fromText(text));
        } catch (SlipFormatException expected) {
            // the only way to refuse
        } catch (RuntimeException e) {
            fail("fromText or decode threw on " + text, e);
        }
    }
}
