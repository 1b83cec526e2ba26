package id.anjungan.server.console;

import static id.anjungan.server.console.ConsoleFixture.OTHER_BATANG_EMPLOYER;
import static id.anjungan.server.testing.TestCatalogue.BATANG_CENTRE;
import static id.anjungan.server.testing.TestCatalogue.BATANG_EMPLOYER;
import static id.anjungan.server.testing.TestCatalogue.TANGERANG_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.sync.Scope;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console through plain HTTP requests, as a script or an attacker with a session cookie would use it. */
class ConsoleHttpTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ConsoleFixture(folder);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSigningOutEndsTheSession() {
        ConsoleClient browser = fixture.client();
        browser.get("/console/login");
        HttpResponse<String> signedIn = browser.signIn("staf.batang", fixture.passwords.get("staf.batang"));

        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("abk_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/console");
        String oldSession = browser.cookie("abk_session");
        assertThat(browser.post("/console/logout", Map.of()).statusCode()).isEqualTo(302);

        ConsoleClient replay = fixture.client();
        replay.forgetCookies();
        HttpResponse<String> withOldCookie = replayWith(oldSession, "/console/vacancies");
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location").orElse("")).startsWith("/console/login");
    }

    @Test
    void pagesNeedASignInAndSendTheBrowserToTheSignInPage() {
        HttpResponse<String> answer = fixture.client().get("/console/kiosks");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).isEqualTo("/console/login?next=%2Fconsole%2Fkiosks");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedWith403AndChangesNothing() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> noToken = staff.postForm("/console/vacancies/v-sepatu-1/close", Map.of());
        HttpResponse<String> wrongToken = staff.postForm("/console/vacancies/v-sepatu-1/close", Map.of("_csrf", "forged"));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Formulir ditolak");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(vacancy("v-sepatu-1").status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(staff.post("/console/vacancies/v-sepatu-1/close", Map.of()).statusCode()).isEqualTo(302);
        assertThat(vacancy("v-sepatu-1").status()).isEqualTo(VacancyStatus.CLOSED);
    }

    @Test
    void theSignInFormItselfCarriesAToken() {
        ConsoleClient browser = fixture.client();

        HttpResponse<String> answer = browser.postForm("/console/login",
                Map.of("username", "kepala", "password", fixture.passwords.get("kepala")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.cookie("abk_session")).isNull();
    }

    @Test
    void twoOpenSignInPagesOfOneBrowserBothWork() {
        ConsoleClient browser = fixture.client();
        String firstTab = ConsoleClient.csrfOf(browser.get("/console/login").body());
        String secondTab = ConsoleClient.csrfOf(browser.get("/console/login").body());

        HttpResponse<String> fromFirstTab = browser.postForm("/console/login", Map.of("_csrf", firstTab,
                "username", "kepala", "password", fixture.passwords.get("kepala")));

        assertThat(secondTab).isEqualTo(firstTab);
        assertThat(fromFirstTab.statusCode()).isEqualTo(302);
    }

    @Test
    void anEmployerNeverReachesAnotherEmployersVacanciesOrReferralsEvenByHand() {
        fixture.kioskWithSlips(BATANG_CENTRE, Map.of("v-sepatu-1", BATANG_EMPLOYER, "v-kaca-1", OTHER_BATANG_EMPLOYER));
        ConsoleClient sepatu = fixture.signedIn("hrd.sepatu");

        String list = sepatu.get("/console/vacancies").body();
        assertThat(list).contains("v-sepatu-1").contains("v-sepatu-2").doesNotContain("v-kaca-1").doesNotContain("Operator Kaca");
        assertThat(sepatu.get("/console/vacancies?employer=" + OTHER_BATANG_EMPLOYER).body()).doesNotContain("v-kaca-1");
        assertThat(sepatu.get("/console/vacancies/v-kaca-1").statusCode()).isEqualTo(404);
        assertThat(sepatu.post("/console/vacancies/v-kaca-1/close", Map.of()).statusCode()).isEqualTo(404);
        assertThat(sepatu.post("/console/vacancies/v-kaca-1/extend", Map.of()).statusCode()).isEqualTo(404);
        assertThat(sepatu.post("/console/vacancies/v-kaca-1", form("Diambil alih", OTHER_BATANG_EMPLOYER)).statusCode())
                .isEqualTo(404);
        assertThat(vacancy("v-kaca-1").status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(vacancy("v-kaca-1").title()).isEqualTo("Operator Kaca Float");

        String referrals = sepatu.get("/console/referrals").body();
        assertThat(referrals).contains("Pelamar v-sepatu-1").doesNotContain("Pelamar v-kaca-1");
        assertThat(sepatu.get("/console/kiosks").statusCode()).isEqualTo(403);
        assertThat(sepatu.get("/console/audit").statusCode()).isEqualTo(403);
        assertThat(sepatu.get("/console/accounts").statusCode()).isEqualTo(403);
        assertThat(sepatu.post("/console/kiosks/codes", Map.of("centreId", BATANG_CENTRE)).statusCode()).isEqualTo(403);
    }

    @Test
    void anEmployerCreatingAVacancyForAnotherEmployerGetsItUnderItsOwnName() {
        ConsoleClient kaca = fixture.signedIn("hrd.kaca");

        HttpResponse<String> created = kaca.post("/console/vacancies", form("Operator Potong Kaca", BATANG_EMPLOYER));

        assertThat(created.statusCode()).isEqualTo(302);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll("^/console/vacancies/([^?]+).*$", "$1");
        assertThat(vacancy(id).employerId()).isEqualTo(OTHER_BATANG_EMPLOYER);
    }

    @Test
    void centreStaffSeeTheirScopeAndTheirKiosksOnly() {
        EnrolmentResponse batangKiosk = fixture.running.enrolKiosk(BATANG_CENTRE);
        EnrolmentResponse tangerangKiosk = fixture.running.enrolKiosk(TANGERANG_CENTRE);
        ConsoleClient staff = fixture.signedIn("staf.batang");

        assertThat(staff.get("/console/vacancies").body()).contains("v-sepatu-1").contains("v-kaca-1")
                .doesNotContain("v-tangerang-1");
        assertThat(staff.get("/console/vacancies/v-tangerang-1").statusCode()).isEqualTo(404);
        String kiosks = staff.get("/console/kiosks?centre=" + TANGERANG_CENTRE).body();
        assertThat(kiosks).contains(batangKiosk.kioskId()).doesNotContain(tangerangKiosk.kioskId());
        assertThat(staff.post("/console/kiosks/" + tangerangKiosk.kioskId() + "/revoke", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(fixture.running.post("/api/v1/kiosks/heartbeat", tangerangKiosk.token(),
                new Heartbeat("1.0", null, 0, PrinterState.READY, fixture.clock.instant())).statusCode()).isEqualTo(204);
    }

    @Test
    void signInLocksAfterFiveWrongPasswordsEvenForTheRightOneAndOpensAfterTheLockout() {
        ConsoleClient browser = fixture.client();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> wrong = browser.signIn("staf.batang", "salah-" + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("Nama pengguna atau kata sandi salah.");
        }

        HttpResponse<String> fifth = browser.signIn("staf.batang", "salah-5");
        HttpResponse<String> right = browser.signIn("staf.batang", fixture.passwords.get("staf.batang"));

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Terlalu banyak percobaan");
        assertThat(browser.cookie("abk_session")).isNull();

        fixture.clock.advance(Duration.ofMinutes(16));
        assertThat(browser.signIn("staf.batang", fixture.passwords.get("staf.batang")).statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAsAWrongPassword() {
        HttpResponse<String> unknown = fixture.client().signIn("tidak.ada", "apa-saja");
        HttpResponse<String> wrong = fixture.client().signIn("kepala", "apa-saja");

        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void aVacancyMadeInTheConsoleReachesTheChangeLogForKiosks() {
        ConsoleClient staff = fixture.signedIn("staf.batang");
        SyncCursor before = fixture.running.server().services().sync().head();

        HttpResponse<String> created = staff.post("/console/vacancies", form("Operator Mesin CNC", BATANG_EMPLOYER));

        assertThat(created.statusCode()).isEqualTo(302);
        var changes = fixture.running.server().services().sync().changesAfter(before, 10, new Scope(java.util.Set.of("33.25")))
                .changes();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.op()).isEqualTo(ChangeOperation.PUT);
            assertThat(change.record().path("title").asText()).isEqualTo("Operator Mesin CNC");
            assertThat(change.record().path("employerId").asText()).isEqualTo(BATANG_EMPLOYER);
            assertThat(change.record().path("regionId").asText()).isEqualTo("33.25");
        });
    }

    @Test
    void wrongFieldsAreNamedBesideTheFieldAndNothingIsSaved() {
        ConsoleClient staff = fixture.signedIn("staf.batang");
        SyncCursor before = fixture.running.server().services().sync().head();
        Map<String, String> form = form("", BATANG_EMPLOYER);
        form.put("openings", "0");
        form.put("payKind", "AMOUNT");
        form.put("payMin", "3.000.000");
        form.put("payMax", "2.500.000");
        form.put("validThrough", "2026-11-01");

        HttpResponse<String> answer = staff.post("/console/vacancies", form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("id=\"title-error\">Wajib diisi.")
                .contains("id=\"openings-error\">Sedikitnya 1 orang.")
                .contains("id=\"payMax-error\">Gaji tertinggi tidak boleh di bawah gaji terendah.")
                .contains("id=\"validThrough-error\">Batas lamaran tidak boleh sebelum tanggal tayang.")
                .contains("value=\"3.000.000\"");
        assertThat(fixture.running.server().services().sync().head()).isEqualTo(before);
    }

    @Test
    void fillingExtendingAndClosingAreOneClickEachAndTheAuditLogSaysWhoDidIt() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        assertThat(staff.post("/console/vacancies/v-sepatu-2/extend", Map.of()).statusCode()).isEqualTo(302);
        assertThat(staff.post("/console/vacancies/v-sepatu-1/extend", Map.of()).statusCode()).isEqualTo(302);
        assertThat(staff.post("/console/vacancies/v-kaca-1/filled", Map.of()).statusCode()).isEqualTo(302);

        assertThat(vacancy("v-sepatu-2").validThrough()).isEqualTo(ConsoleFixture.TODAY.plusDays(14));
        assertThat(vacancy("v-sepatu-1").validThrough()).isEqualTo(ConsoleFixture.TODAY.plusDays(34));
        assertThat(vacancy("v-kaca-1").status()).isEqualTo(VacancyStatus.FILLED);
        String audit = fixture.signedIn("kepala").get("/console/audit").body();
        assertThat(audit).contains("Memperpanjang lowongan").contains("validThrough: 2026-12-17 → 2026-12-31")
                .contains("Menandai lowongan terisi").contains("status: OPEN → FILLED").contains("staf.batang");
        assertThat(fixture.signedIn("kepala").get("/console/audit?q=v-kaca-1").body())
                .contains("v-kaca-1").doesNotContain("2026-12-31");
    }

    @Test
    void theFleetPageShowsEachKiosksHealthAndFlagsTheSilentOnes() {
        EnrolmentResponse quiet = fixture.running.enrolKiosk(BATANG_CENTRE);
        EnrolmentResponse busy = fixture.kioskWithSlips(BATANG_CENTRE, Map.of("v-sepatu-1", BATANG_EMPLOYER));
        SyncCursor head = fixture.running.server().services().sync().head();
        fixture.running.post("/api/v1/kiosks/heartbeat", quiet.token(), new Heartbeat("0.9.0",
                new SyncCursor(head.epoch(), head.seq() - 3), 2, PrinterState.OUT_OF_PAPER, fixture.clock.instant()));
        fixture.clock.advance(Duration.ofMinutes(11));
        fixture.running.post("/api/v1/kiosks/heartbeat", busy.token(), new Heartbeat("1.0.0", head, 0,
                PrinterState.READY, fixture.clock.instant().plusSeconds(95)));

        String page = fixture.signedIn("staf.batang").get("/console/kiosks").body();

        String quietRow = row(page, quiet.kioskId());
        String busyRow = row(page, busy.kioskId());
        assertThat(quietRow).contains("class=\"silent\"").contains("Diam").contains("11 menit lalu")
                .contains("3 perubahan").contains("Kertas habis").contains("0.9.0");
        assertThat(busyRow).doesNotContain("class=\"silent\"").contains("baru saja").contains("mutakhir")
                .contains("Siap").contains("+1 mnt 35 dtk");
        assertThat(busyRow).containsPattern("data-label=\"Slip hari ini\" class=\"num\">1<");
        assertThat(page).contains("1 anjungan tidak melapor lebih dari 10 menit.");
    }

    @Test
    void staffCreateEnrolmentCodesForTheirCentreAndRevokeTheirKiosks() {
        ConsoleClient staff = fixture.signedIn("staf.batang");

        HttpResponse<String> code = staff.post("/console/kiosks/codes", Map.of("centreId", TANGERANG_CENTRE, "validHours", "2"));

        assertThat(code.statusCode()).isEqualTo(200);
        assertThat(code.body()).contains("BLK Komunitas Contoh").containsPattern("class=\"code\">[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<");
        EnrolmentResponse kiosk = fixture.running.enrolKiosk(BATANG_CENTRE);
        assertThat(staff.post("/console/kiosks/" + kiosk.kioskId() + "/revoke", Map.of()).statusCode()).isEqualTo(302);
        assertThat(fixture.running.post("/api/v1/kiosks/heartbeat", kiosk.token(),
                new Heartbeat("1.0", null, 0, PrinterState.READY, fixture.clock.instant())).statusCode()).isEqualTo(403);
    }

    @Test
    void thePublicPageShowsALiveVacancyWithItsJobPostingAndSaysWhenOneHasClosed() {
        fixture.signedIn("staf.batang").post("/console/vacancies/v-kaca-1/close", Map.of());
        ConsoleClient phone = fixture.client();

        HttpResponse<String> live = phone.get("/v/v-sepatu-1");
        HttpResponse<String> closed = phone.get("/v/v-kaca-1");
        HttpResponse<String> expired = phone.get("/v/v-sepatu-2?lang=en");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("<script type=\"application/ld+json\">").contains("\"@type\":\"JobPosting\"")
                .contains("Welder SMAW v-sepatu-1").contains("PT Sepatu Contoh (fiktif)").doesNotContain("id=\"closed\"")
                .doesNotContain("<script src").doesNotContain("Pelamar");
        assertThat(closed.body()).contains("id=\"closed\"").contains("Lowongan ini sudah ditutup")
                .doesNotContain("application/ld+json");
        assertThat(expired.body()).contains("id=\"closed\"").contains("The deadline of this vacancy has passed");
        assertThat(phone.get("/v/tidak-ada").statusCode()).isEqualTo(404);
        assertThat(live.body().length()).isLessThan(20_000);
    }

    @Test
    void theAdministratorApiKeepsWorkingBesideTheConsole() {
        var response = fixture.running.get("/api/v1/admin/kiosks/none/health", fixture.running.adminToken());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    }

    private HttpResponse<String> replayWith(String sessionCookie, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(fixture.running.uri(path))
                    .header("Cookie", "abk_session=" + sessionCookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Vacancy vacancy(String id) {
        return fixture.running.server().services().vacancies().get(id);
    }

    private static String row(String page, String kioskId) {
        int start = page.indexOf("<tr data-id=\"" + kioskId + "\"");
        assertThat(start).as("row of " + kioskId).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static Map<String, String> form(String title, String employerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("employerId", employerId);
        form.put("tradeId", "las");
        form.put("openings", "4");
        form.put("payKind", "MINIMUM_WAGE");
        form.put("employmentType", "FULL_TIME");
        form.put("sex", "ANY");
        form.put("experienceMonths", "0");
        form.put("skills", "Membaca gambar kerja\nK3");
        form.put("datePosted", ConsoleFixture.TODAY.toString());
        form.put("validThrough", ConsoleFixture.TODAY.plusDays(30).toString());
        form.put("status", "OPEN");
        return new HashMap<>(form);
    }
}
