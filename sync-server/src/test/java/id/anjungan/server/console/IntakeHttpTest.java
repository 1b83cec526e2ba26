package id.anjungan.server.console;

import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import id.anjungan.protocol.json.ProtocolJson;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake page and its JSON API over plain HTTP: who may scan, whose slips, and the outcome afterwards. */
class IntakeHttpTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private SignedSlips kiosk;

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
        kiosk = new SignedSlips(fixture.running, BATANG_CENTRE);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String sepatuSlip(String name) {
        return kiosk.issue("v-sepatu-1", BATANG_EMPLOYER, fixture.clock.instant().minusSeconds(3600), name, "081234567890");
    }

    private String kacaSlip() {
        return kiosk.issue("v-kaca-1", ConsoleFixture.OTHER_BATANG_EMPLOYER, fixture.clock.instant().minusSeconds(600),
                "Budi Santoso", "085712345678");
    }

    private static String scan(ConsoleClient client, String text) {
        HttpResponse<String> page = client.post("/console/intake/scan", Map.of("text", text, "location", "Pos Satpam 2"));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ProtocolJson.mapper().readTree(response.body());
    }

    @Test
    void anEmployersGenuineSlipIsGenuineWithTheApplicantsNameAndAReplayIsRefusedSayingWhereAndWhen() {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");
        String slip = sepatuSlip("Siti Aminah");

        String first = scan(hrd, slip);
        assertThat(first).contains("data-outcome=\"VALID\"").contains("SLIP ASLI").contains("Siti Aminah")
                .contains("081234567890").contains("Welder SMAW v-sepatu-1").contains("Belum, ini yang pertama");

        fixture.clock.advance(Duration.ofMinutes(90));
        String again = scan(hrd, slip);
        assertThat(again).contains("data-outcome=\"ALREADY_PRESENTED\"").contains("SUDAH DIPAKAI")
                .contains("Slip ini sudah pernah ditunjukkan di Pos Satpam 2 pada 27 Nov 2026 10.00");
    }

    @Test
    void forgedAndUnreadableSlipsAreRefusedWithTheReasonInPlainIndonesian() {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");

        assertThat(scan(hrd, SignedSlips.forged("v-sepatu-1", BATANG_EMPLOYER, fixture.clock.instant())))
                .contains("data-outcome=\"UNKNOWN_KIOSK\"").contains("tidak dicetak oleh anjungan yang terdaftar")
                .doesNotContain("Welder SMAW").doesNotContain("outcome-form");
        String genuine = sepatuSlip(null);
        char[] tampered = genuine.toCharArray();
        tampered[60] = tampered[60] == 'A' ? 'B' : 'A';
        assertThat(scan(hrd, new String(tampered))).containsAnyOf("data-outcome=\"BAD_SIGNATURE\"",
                "data-outcome=\"MALFORMED\"", "data-outcome=\"UNKNOWN_KIOSK\"").doesNotContain("SLIP ASLI");
        assertThat(scan(hrd, "bukan slip")).contains("data-outcome=\"MALFORMED\"").contains("TIDAK TERBACA");
        assertThat(scan(hrd, " ")).contains("data-outcome=\"empty\"");
    }

    @Test
    void theEmployerComesFromTheSessionSoAnotherEmployersSlipIsRefusedAndTellsNothingPersonal() {
        ConsoleClient sepatu = fixture.signedIn("hrd.sepatu");
        String kaca = kacaSlip();

        String page = sepatu.post("/console/intake/scan", Map.of("text", kaca, "employerId",
                ConsoleFixture.OTHER_BATANG_EMPLOYER)).body();

        assertThat(page).contains("data-outcome=\"WRONG_EMPLOYER\"").contains("PT Kaca Contoh (fiktif)")
                .doesNotContain("Budi Santoso").doesNotContain("085712345678").doesNotContain("outcome-form");
        // Refused at the wrong gate, the slip still counts as never presented at its own employer's.
        assertThat(scan(fixture.signedIn("hrd.kaca"), kaca)).contains("data-outcome=\"VALID\"").contains("Budi Santoso");
    }

    @Test
    void theOutcomeIsRecordedChangedLaterAndEachChangeIsInTheAuditLog() {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");
        String slip = sepatuSlip("Siti Aminah");
        String slipId = SignedSlips.idOf(slip);
        scan(hrd, slip);

        HttpResponse<String> interviewed = hrd.post("/console/referrals/" + slipId + "/outcome",
                Map.of("outcome", "INTERVIEWED", "back", "/console/intake"));
        assertThat(interviewed.statusCode()).isEqualTo(302);
        fixture.clock.advance(Duration.ofHours(2));
        HttpResponse<String> hired = hrd.post("/console/referrals/" + slipId + "/outcome",
                Map.of("outcome", "HIRED", "reason", "Lulus uji las", "back", "/console/referrals"));
        assertThat(hired.statusCode()).isEqualTo(302);
        assertThat(hired.headers().firstValue("Location")).hasValueSatisfying(l -> l.startsWith("/console/referrals?recorded="));

        String list = hrd.get("/console/referrals").body();
        assertThat(list).contains("<strong>Diterima kerja</strong> — Lulus uji las");
        assertThat(scan(hrd, slip)).contains("Diterima kerja").contains("aria-pressed=\"true\">Diterima kerja");
        String audit = fixture.signedIn("kepala").get("/console/audit?q=referral.outcome").body();
        assertThat(audit).contains("HIRED (sebelumnya INTERVIEWED): Lulus uji las").contains("INTERVIEWED");
        assertThat(fixture.signedIn("staf.batang").get("/console/referrals").body())
                .contains("<strong>Diterima kerja</strong>").doesNotContain("outcome-form");
    }

    @Test
    void anotherEmployerCanNeitherRecordNorReadTheOutcomeOfASlipNotMadeOutToIt() throws Exception {
        String slipId = SignedSlips.idOf(sepatuSlip("Siti Aminah"));
        ConsoleClient kaca = fixture.signedIn("hrd.kaca");

        assertThat(kaca.post("/console/referrals/" + slipId + "/outcome", Map.of("outcome", "NOT_HIRED")).statusCode())
                .isEqualTo(404);
        HttpResponse<String> api = kaca.postJson("/console/api/referrals/" + slipId + "/outcome",
                "{\"outcome\": \"NOT_HIRED\"}", true);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json(api).path("error").asText()).isEqualTo("not_found");
        assertThat(kaca.get("/console/api/referrals").body()).doesNotContain(slipId).doesNotContain("Siti Aminah");
        assertThat(fixture.signedIn("hrd.sepatu").get("/console/api/referrals").body()).contains(slipId);
        assertThat(fixture.signedIn("hrd.sepatu").get("/console/referrals").body()).doesNotContain("<strong>Tidak diterima");
    }

    @Test
    void centreStaffSeeOutcomesButNeitherScanNorRecord() {
        String slipId = SignedSlips.idOf(sepatuSlip("Siti Aminah"));
        ConsoleClient staff = fixture.signedIn("staf.batang");

        assertThat(staff.get("/console/intake").statusCode()).isEqualTo(403);
        assertThat(staff.post("/console/intake/scan", Map.of("text", "x")).statusCode()).isEqualTo(403);
        assertThat(staff.post("/console/referrals/" + slipId + "/outcome", Map.of("outcome", "HIRED")).statusCode())
                .isEqualTo(403);
        assertThat(staff.postJson("/console/api/intake/verify", "{\"text\": \"x\"}", true).statusCode()).isEqualTo(403);
        assertThat(staff.get("/console/vacancies").body()).doesNotContain("/console/intake");
    }

    @Test
    void formsAndJsonCallsWithoutTheSessionsTokenAreRefused() throws Exception {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");
        String slip = sepatuSlip("Siti Aminah");
        String slipId = SignedSlips.idOf(slip);

        assertThat(hrd.postForm("/console/intake/scan", Map.of("text", slip)).statusCode()).isEqualTo(403);
        assertThat(hrd.postForm("/console/referrals/" + slipId + "/outcome", Map.of("outcome", "HIRED")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> json = hrd.postJson("/console/api/intake/verify", "{\"text\": \"" + slip + "\"}", false);
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json(json).path("error").asText()).isEqualTo("csrf");
        // Nothing was presented or recorded: the first real scan is still the first.
        assertThat(scan(hrd, slip)).contains("data-outcome=\"VALID\"").contains("Hasil belum dicatat.");
        ConsoleClient stranger = fixture.client();
        assertThat(stranger.postJson("/console/api/intake/verify", "{\"text\": \"x\"}", false).statusCode()).isEqualTo(401);
    }

    @Test
    void theJsonApiVerifiesAndRecordsForTheSignedInEmployer() throws Exception {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");
        String slip = sepatuSlip("Siti Aminah");
        String slipId = SignedSlips.idOf(slip);

        JsonNode verified = json(hrd.postJson("/console/api/intake/verify",
                "{\"text\": \"" + slip + "\", \"location\": \"Gerbang 1\"}", true));
        assertThat(verified.path("verification").path("outcome").asText()).isEqualTo("VALID");
        assertThat(verified.path("verification").path("slip").path("applicantName").asText()).isEqualTo("Siti Aminah");
        assertThat(absent(verified.path("outcome"))).isTrue();

        HttpResponse<String> recorded = hrd.postJson("/console/api/referrals/" + slipId + "/outcome",
                "{\"outcome\": \"HIRED\", \"reason\": \"Mulai Senin\"}", true);
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(json(recorded).path("outcome").asText()).isEqualTo("HIRED");
        assertThat(hrd.postJson("/console/api/referrals/" + slipId + "/outcome", "{\"outcome\": \"FIRED\"}", true)
                .statusCode()).isEqualTo(400);

        JsonNode again = json(hrd.postJson("/console/api/intake/verify", "{\"text\": \"" + slip + "\"}", true));
        assertThat(again.path("verification").path("outcome").asText()).isEqualTo("ALREADY_PRESENTED");
        assertThat(again.path("verification").path("previouslyPresentedWhere").asText()).isEqualTo("Gerbang 1");
        assertThat(again.path("outcome").path("outcome").asText()).isEqualTo("HIRED");
        assertThat(again.path("outcome").path("reason").asText()).isEqualTo("Mulai Senin");
        JsonNode list = json(hrd.get("/console/api/referrals"));
        assertThat(list.findValuesAsText("outcome")).contains("HIRED");

        JsonNode other = json(fixture.signedIn("hrd.kaca").postJson("/console/api/intake/verify",
                "{\"text\": \"" + slip + "\"}", true));
        assertThat(other.path("verification").path("outcome").asText()).isEqualTo("WRONG_EMPLOYER");
        assertThat(absent(other.path("verification").path("slip").path("applicantName"))).isTrue();
        assertThat(absent(other.path("verification").path("slip").path("applicantPhone"))).isTrue();
        assertThat(other.path("verification").path("slip").path("vacancyId").asText()).isEqualTo("v-sepatu-1");
    }

    @Test
    void aPhotoOfASlipIsReadOnTheServerAndAPictureWithoutAQrSaysSo() throws Exception {
        ConsoleClient hrd = fixture.signedIn("hrd.sepatu");
        String slip = sepatuSlip("Siti Aminah");

        String page = hrd.postFile("/console/intake/photo", Map.of("location", "Meja HRD"), "photo", "slip.png",
                qrPng(slip)).body();
        assertThat(page).contains("data-outcome=\"VALID\"").contains("Siti Aminah");

        String blank = hrd.postFile("/console/intake/photo", Map.of(), "photo", "blank.png", qrPng(null)).body();
        assertThat(blank).contains("data-outcome=\"unreadablePhoto\"").contains("Tidak ada QR yang terbaca");
        assertThat(hrd.postFile("/console/intake/photo", Map.of(), "photo", "x.png", "not a picture".getBytes()).body())
                .contains("data-outcome=\"unreadablePhoto\"");
    }

    /** The QR of a text drawn 4 pixels a module on white, as a PNG; a blank white picture for null. */
    private static byte[] qrPng(String text) throws Exception {
        java.awt.image.BufferedImage image;
        if (text == null) {
            image = new java.awt.image.BufferedImage(400, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 400, 400);
            g.dispose();
        } else {
            image = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4)));
            java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(image.getWidth() * 4,
                    image.getHeight() * 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = big.createGraphics();
            g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
            g.dispose();
            image = big;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
