package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.feed.FeedFixtures;
import id.anjungan.server.feed.FeedFormat;
import id.anjungan.server.feed.FeedSource;
import id.anjungan.server.feed.FeedSourceRequest;
import id.anjungan.server.feed.OwnerKind;
import id.anjungan.server.feed.SourceKind;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed pages through plain HTTP, as a script or a curious employer with a session cookie would use them. */
class FeedConsoleHttpTest {
    private static final Pattern CONTENT_HASH = Pattern.compile("name=\"contentHash\" value=\"([0-9a-f]{64})\"");

    @TempDir
    Path folder;

    private FeedConsoleFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void eachAccountSeesOnlyItsOwnSourcesAndAnyOtherSourceIsNotFound() {
        fixture = new FeedConsoleFixture(folder, true);
        FeedSource logam = source(OwnerKind.EMPLOYER, FeedFixtures.LOGAM, "Karier Logam Presisi");
        FeedSource sepatu = source(OwnerKind.EMPLOYER, FeedFixtures.SEPATU, "Karier Sepatu Nusantara");
        FeedSource centre = source(OwnerKind.CENTRE, FeedFixtures.CENTRE, "Lowongan bulanan BLK");
        ConsoleClient employer = fixture.signedIn("hrd.sepatu");
        ConsoleClient staff = fixture.signedIn("staf.batang");

        assertThat(employer.get("/console/feeds").body()).contains("Karier Sepatu Nusantara")
                .doesNotContain("Karier Logam Presisi").doesNotContain("Lowongan bulanan BLK");
        assertThat(staff.get("/console/feeds").body()).contains("Lowongan bulanan BLK")
                .doesNotContain("Karier Sepatu Nusantara").doesNotContain("Karier Logam Presisi");
        assertThat(fixture.signedIn("kepala").get("/console/feeds").body())
                .contains("Karier Sepatu Nusantara", "Karier Logam Presisi", "Lowongan bulanan BLK");
        for (String path : List.of("", "/preview", "/runs/" + logam.id() + "-1")) {
            assertThat(employer.get("/console/feeds/" + logam.id() + path).statusCode()).as(path).isEqualTo(404);
            assertThat(staff.get("/console/feeds/" + sepatu.id() + path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(employer.post("/console/feeds/" + logam.id(), Map.of("name", "Diambil alih")).statusCode()).isEqualTo(404);
        assertThat(employer.post("/console/feeds/" + logam.id() + "/apply", Map.of("contentHash", "0".repeat(64)))
                .statusCode()).isEqualTo(404);
        assertThat(employer.postMultipart("/console/feeds/" + centre.id() + "/upload", Map.of(), true, "file", "x.csv",
                FeedFixtures.bytes("lowongan-blk-batang.csv")).statusCode()).isEqualTo(404);
        assertThat(fixture.running.server().feeds().get(logam.id()).name()).isEqualTo("Karier Logam Presisi");
        assertThat(fixture.running.server().feeds().runs(centre.id(), 10)).isEmpty();
    }

    @Test
    void anEmployersFeedCreatesOnlyThatEmployersVacanciesWhateverItsRowsOrItsFormSay() {
        fixture = new FeedConsoleFixture(folder, true);
        ConsoleClient employer = fixture.signedIn("hrd.sepatu");

        // The staff's spreadsheet names three employers; the form's owner is forged to be another one.
        HttpResponse<String> created = employer.postMultipart("/console/feeds", Map.of("name", "Lowongan Sepatu",
                "owner", "EMPLOYER:" + FeedFixtures.LOGAM, "kind", "UPLOAD", "format", "AUTO"), true, "file",
                "lowongan-blk-batang.csv", FeedFixtures.bytes("lowongan-blk-batang.csv"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String preview = created.headers().firstValue("Location").orElseThrow();
        FeedSource source = fixture.running.server().feeds().list(null, null).get(0);
        assertThat(source.ownerKind()).isEqualTo(OwnerKind.EMPLOYER);
        assertThat(source.ownerId()).isEqualTo(FeedFixtures.SEPATU);
        assertThat(source.format()).as("recognised from the file").isEqualTo(FeedFormat.CSV);

        String page = employer.get(preview).body();
        assertThat(page).contains("Logam Presisi Batang").contains("bukan pemilik sumber ini");
        HttpResponse<String> applied = employer.post("/console/feeds/" + source.id() + "/apply",
                Map.of("contentHash", contentHash(page)));
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(employer.get(applied.headers().firstValue("Location").orElseThrow()).body()).contains("Diterapkan");

        List<Vacancy> fromFeed = fixture.running.server().services().vacancies().all().stream()
                .filter(v -> v.id().startsWith("feed-" + source.id())).toList();
        assertThat(fromFeed).extracting(Vacancy::title).containsExactlyInAnyOrder("Operator Jahit Sepatu", "Operator Produksi");
        assertThat(fromFeed).allSatisfy(v -> assertThat(v.employerId()).isEqualTo(FeedFixtures.SEPATU));
    }

    @Test
    void feedFormsPostedWithoutTheirTokenAreRefusedAndChangeNothing() {
        fixture = new FeedConsoleFixture(folder, true);
        FeedSource centre = source(OwnerKind.CENTRE, FeedFixtures.CENTRE, "Lowongan bulanan BLK");
        ConsoleClient staff = fixture.signedIn("staf.batang");
        String page = staff.get("/console/feeds/" + centre.id() + "/preview").body();

        HttpResponse<String> create = staff.postMultipart("/console/feeds", Map.of("name", "Tanpa token", "kind", "UPLOAD",
                "format", "CSV"), false, "file", "lowongan.csv", FeedFixtures.bytes("lowongan-blk-batang.csv"));
        HttpResponse<String> apply = staff.postForm("/console/feeds/" + centre.id() + "/apply",
                Map.of("contentHash", contentHash(page)));
        HttpResponse<String> forged = staff.postForm("/console/feeds/" + centre.id() + "/apply",
                Map.of("contentHash", contentHash(page), "_csrf", "palsu"));

        assertThat(List.of(create, apply, forged)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Formulir ditolak");
        });
        assertThat(fixture.running.server().feeds().list(null, null)).extracting(FeedSource::name)
                .containsExactly("Lowongan bulanan BLK");
        assertThat(fixture.running.server().feeds().runs(centre.id(), 10)).isEmpty();
        assertThat(fixture.running.server().services().vacancies().count()).isZero();
    }

    @Test
    void aFeedThatChangedBetweenItsPreviewAndTerapkanIsNotAppliedAndTheNewPreviewSaysSo() {
        fixture = new FeedConsoleFixture(folder, true);
        FeedSource centre = source(OwnerKind.CENTRE, FeedFixtures.CENTRE, "Lowongan bulanan BLK");
        ConsoleClient staff = fixture.signedIn("staf.batang");
        String seen = contentHash(staff.get("/console/feeds/" + centre.id() + "/preview").body());
        fixture.served.put("/lowongan.csv", new String(FeedFixtures.bytes("lowongan-blk-batang.csv"), StandardCharsets.UTF_8)
                .replace("Rp 2.600.000", "Rp 2.650.000").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> apply = staff.post("/console/feeds/" + centre.id() + "/apply", Map.of("contentHash", seen));

        assertThat(apply.statusCode()).isEqualTo(302);
        assertThat(apply.headers().firstValue("Location").orElseThrow()).isEqualTo("/console/feeds/" + centre.id() + "/preview?changed=1");
        String again = staff.get("/console/feeds/" + centre.id() + "/preview?changed=1").body();
        assertThat(again).contains("Isi umpan berubah sejak pratinjau tadi, jadi belum ada yang diterapkan");
        assertThat(contentHash(again)).isNotEqualTo(seen);
        assertThat(fixture.running.server().services().vacancies().count()).isZero();
        assertThat(fixture.running.server().feeds().runs(centre.id(), 10)).isEmpty();
    }

    @Test
    void onAServerThatRefusesPrivateAddressesTheFormSaysSoBesideTheAddress() {
        fixture = new FeedConsoleFixture(folder, false);
        ConsoleClient staff = fixture.signedIn("staf.batang");

        for (String url : List.of(fixture.siteUrl("/lowongan.csv"), "http://169.254.169.254/latest/meta-data/")) {
            HttpResponse<String> answer = staff.postMultipart("/console/feeds", Map.of("name", "Dari LAN", "kind", "URL",
                    "url", url, "format", "AUTO", "everyHours", "24"), true, "file", "", new byte[0]);

            assertThat(answer.statusCode()).as(url).isEqualTo(400);
            assertThat(answer.body()).contains("id=\"url-error\"")
                    .contains("Alamat ini menuju jaringan lokal atau pribadi.");
        }
        assertThat(fixture.running.server().feeds().list(null, null)).isEmpty();
    }

    @Test
    void theFeedPagesReadInEnglishTooWithEveryTextFound() {
        fixture = new FeedConsoleFixture(folder, true);
        FeedSource centre = source(OwnerKind.CENTRE, FeedFixtures.CENTRE, "Lowongan bulanan BLK");
        ConsoleClient staff = fixture.signedIn("staf.batang");
        staff.get("/console/lang?to=en&back=/console/feeds");
        String preview = staff.get("/console/feeds/" + centre.id() + "/preview").body();
        String run = staff.get(staff.post("/console/feeds/" + centre.id() + "/apply", Map.of("contentHash", contentHash(preview)))
                .headers().firstValue("Location").orElseThrow()).body();
        List<String> pages = List.of(staff.get("/console/feeds").body(), staff.get("/console/feeds/new").body(), preview, run,
                staff.get("/console/feeds/" + centre.id()).body());

        assertThat(preview).contains("Rejected rows (2)").contains("Apply");
        assertThat(run).contains("Run #1: Lowongan bulanan BLK");
        assertThat(pages).allSatisfy(page -> assertThat(page).doesNotContainPattern(">\\s*feeds\\.[a-zA-Z.]+")
                .doesNotContain("Terapkan"));
    }

    private FeedSource source(OwnerKind kind, String owner, String name) {
        return fixture.running.server().feeds().create(new FeedSourceRequest(kind, owner, name, SourceKind.URL,
                FeedFormat.CSV, fixture.siteUrl("/lowongan.csv"), 0, true));
    }

    private static String contentHash(String page) {
        Matcher m = CONTENT_HASH.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no Terapkan form on the page:\n" + page);
        }
        return m.group(1);
    }
}
