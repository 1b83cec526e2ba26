package id.anjungan.protocol.slip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks this implementation against the pinned vectors in slip-vectors/v1.json. */
class SlipVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonNode VECTORS = load();
    private static final JsonNode KEY = VECTORS.get("key");
    private static final PublicKey PUBLIC_KEY = KioskKeys.publicKeyFromRaw(HEX.parseHex(KEY.get("publicKeyHex").asText()));
    private static final KioskKeyId KEY_ID = KioskKeyId.fromHex(KEY.get("keyIdHex").asText());

    @Test
    void theVectorKeyIdIsTheHashOfTheVectorPublicKey() {
        assertThat(KioskKeys.keyId(PUBLIC_KEY)).isEqualTo(KEY_ID);
        assertThat(VECTORS.get("signatureContext").asText()).isEqualTo(SlipTokenCodec.SIGNATURE_CONTEXT);
        assertThat(VECTORS.get("textPrefix").asText()).isEqualTo(SlipTokenCodec.TEXT_PREFIX);
    }

    @TestFactory
    Stream<DynamicTest> everySlipIsSignedAndEncodedExactlyAsPinned() {
        SlipSigner signer = new SlipSigner(KioskKeys.privateKeyFromSeed(HEX.parseHex(KEY.get("seedHex").asText())), KEY_ID);
        return elements(VECTORS.get("slips")).map(slip -> DynamicTest.dynamicTest(slip.get("name").asText(), () -> {
            SlipToken token = new SlipToken(KEY_ID, SlipId.fromHex(slip.get("slipIdHex").asText()),
                    slip.get("vacancyId").asText(), slip.get("employerId").asText(),
                    Instant.parse(slip.get("issuedAt").asText()), Instant.parse(slip.get("expiresAt").asText()));
            assertThat(token.issuedAt().getEpochSecond()).isEqualTo(slip.get("issuedAtEpoch").asLong());
            assertThat(token.expiresAt().getEpochSecond()).isEqualTo(slip.get("expiresAtEpoch").asLong());

            byte[] bytes = signer.sign(token);
            assertThat(HEX.formatHex(SlipTokenCodec.body(token))).isEqualTo(slip.get("bodyHex").asText());
            assertThat(HEX.formatHex(bytes)).isEqualTo(slip.get("tokenHex").asText());
            assertThat(bytes).hasSize(slip.get("tokenLength").asInt());
            assertThat(SlipTokenCodec.toText(bytes)).isEqualTo(slip.get("text").asText());
            assertThat(SlipTokenCodec.toUrlText(VECTORS.get("urlBase").asText(), bytes)).isEqualTo(slip.get("urlText").asText());
            assertThat(token.shortCode()).isEqualTo(slip.get("shortCode").asText());

            assertThat(SlipTokenCodec.decode(SlipTokenCodec.fromText(slip.get("text").asText()))).isEqualTo(token);
            assertThat(SlipTokenCodec.decode(SlipTokenCodec.fromText(slip.get("urlText").asText()))).isEqualTo(token);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCheckGivesItsPinnedVerdict() {
        return elements(VECTORS.get("checks")).map(check -> DynamicTest.dynamicTest(check.get("name").asText(), () -> {
            String kiosk = check.get("kiosk").asText();
            KioskKeyDirectory keys = keyId -> kiosk.equals("unknown") || !keyId.equals(KEY_ID)
                    ? Optional.empty()
                    : Optional.of(new KioskKey(PUBLIC_KEY, KEY.get("kioskId").asText(), kiosk.equals("revoked")));
            JsonNode previous = check.get("previousPresentation");
            Optional<Presentation> presentation = previous.isNull()
                    ? Optional.empty()
                    : Optional.of(new Presentation(previous.get("where").asText(), Instant.parse(previous.get("at").asText())));
            JsonNode employer = check.get("expectedEmployerId");

            SlipVerdict verdict = new SlipVerifier(keys, slipId -> presentation).verify(check.get("text").asText(),
                    Instant.parse(check.get("at").asText()), employer.isNull() ? null : employer.asText());

            assertThat(verdict.outcome()).as(verdict.detail()).isEqualTo(check.get("expect").asText());
            if (verdict.rejection() == SlipRejection.ALREADY_PRESENTED) {
                assertThat(verdict.previous()).isEqualTo(presentation.orElseThrow());
            }
        }));
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode load() {
        try (InputStream in = SlipVectorsTest.class.getResourceAsStream("/slip-vectors/v1.json")) {
            return ProtocolJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
