package id.anjungan.server.feed;

import static id.anjungan.server.feed.FeedFixtures.BATANG;
import static id.anjungan.server.feed.FeedFixtures.BATIK;
import static id.anjungan.server.feed.FeedFixtures.CENTRE;
import static id.anjungan.server.feed.FeedFixtures.KOTA_PEKALONGAN;
import static id.anjungan.server.feed.FeedFixtures.LOGAM;
import static id.anjungan.server.feed.FeedFixtures.SEPATU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.server.sync.Scope;
import id.anjungan.server.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds imported by the real service into a real SQLite file, as staff would run them. */
class FeedImportTest {
    @TempDir
    Path folder;

    private RunningServer running;
    private FeedService feeds;

    @BeforeEach
    void startWithReferenceData() {
        running = RunningServer.empty(folder, FeedFixtures.CLOCK);
        FeedFixtures.seed(running.server());
        feeds = running.server().feeds();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void theStaffCsvImportsFiveVacanciesAndReportsItsTwoBrokenRowsWithLineAndReason() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(run.rowsRead()).isEqualTo(7);
        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(5, 0, 0, 0, 2));
        assertThat(run.rejected()).containsExactly(
                new FeedPlan.RejectedRow(7, "baris 7: kejuruan 'Tukang Las Listrik' tidak dikenal"),
                new FeedPlan.RejectedRow(8, "baris 8: Batas Lamaran '31/02/2025' bukan tanggal yang ada"));
        Map<String, Vacancy> stored = storedOf(source);
        assertThat(stored).containsOnlyKeys(idOf(source, "lwk-001"), idOf(source, "lwk-002"), idOf(source, "lwk-003"),
                idOf(source, "lwk-004"), idOf(source, "lwk-005"));
        assertStaffRows(stored, source);
    }

    @Test
    void theSameRowsAsAWorkbookImportTheSameVacanciesWithSheetRowNumbers() {
        FeedSource csv = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);
        FeedSource xlsx = upload(FeedFormat.XLSX, "lowongan-blk-batang.xlsx", false);

        feeds.run(csv.id(), RunTrigger.MANUAL, null);
        FeedRun run = feeds.run(xlsx.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(5, 0, 0, 0, 2));
        assertThat(run.rejected()).extracting(FeedPlan.RejectedRow::reason).containsExactly(
                "baris 9: kejuruan 'Tukang Las Listrik' tidak dikenal",
                "baris 10: Batas Lamaran '31/02/2025' bukan tanggal yang ada");
        Map<String, Vacancy> fromCsv = storedOf(csv);
        Map<String, Vacancy> fromXlsx = storedOf(xlsx);
        assertStaffRows(fromXlsx, xlsx);
        for (String own : List.of("lwk-001", "lwk-002", "lwk-003", "lwk-004", "lwk-005")) {
            Vacancy a = fromCsv.get(idOf(csv, own));
            Vacancy b = fromXlsx.get(idOf(xlsx, own));
            // the workbook's cell with a line break has \n where the CSV has \r\n
            assertThat(withId(b, a.id())).usingRecursiveComparison().ignoringFields("description").isEqualTo(a);
            assertThat(b.description().replace("\n", "\r\n")).isEqualTo(a.description());
        }
    }

    private void assertStaffRows(Map<String, Vacancy> stored, FeedSource source) {
        Vacancy jahit = stored.get(idOf(source, "lwk-001"));
        assertThat(jahit.title()).isEqualTo("Operator Jahit Sepatu");
        assertThat(jahit.employerId()).isEqualTo(SEPATU);
        assertThat(jahit.regionId()).isEqualTo(BATANG);
        assertThat(jahit.estateId()).as("the employer's estate").isEqualTo("kit-batang");
        assertThat(jahit.town()).isEqualTo("Gringsing");
        assertThat(jahit.tradeId()).isEqualTo("menjahit");
        assertThat(jahit.openings()).isEqualTo(25);
        assertThat(jahit.pay()).isEqualTo(Pay.monthly(2_600_000));
        assertThat(jahit.requirements()).isEqualTo(new Requirements(18, 30, Sex.FEMALE, EducationLevel.SMP, 0, null, false));
        assertThat(jahit.skills()).containsExactly("Menjahit upper", "Teliti dan rapi");
        assertThat(jahit.shiftWork()).isTrue();
        assertThat(jahit.datePosted()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(jahit.validThrough()).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(jahit.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(jahit.updatedAt()).isEqualTo(FeedFixtures.CLOCK.instant());

        Vacancy welder = stored.get(idOf(source, "lwk-002"));
        assertThat(welder.employerId()).as("'PT. Logam Presisi Batang'").isEqualTo(LOGAM);
        assertThat(welder.tradeId()).isEqualTo("las");
        assertThat(welder.pay()).isEqualTo(Pay.monthlyRange(2_500_000, 3_000_000));
        assertThat(welder.requirements()).isEqualTo(new Requirements(20, 35, Sex.MALE, EducationLevel.SMK, 12, null, false));
        assertThat(welder.skills()).containsExactly("SMAW", "Membaca gambar kerja");

        Vacancy listrik = stored.get(idOf(source, "lwk-003"));
        assertThat(listrik.pay().kind()).isEqualTo(PayKind.MINIMUM_WAGE);
        assertThat(listrik.requirements().ageMax()).isEqualTo(35);
        assertThat(listrik.requirements().minimumEducation()).isEqualTo(EducationLevel.D3);
        assertThat(listrik.requirements().experienceMonths()).isEqualTo(24);

        Vacancy batik = stored.get(idOf(source, "lwk-004"));
        assertThat(batik.regionId()).isEqualTo(KOTA_PEKALONGAN);
        assertThat(batik.employerId()).isEqualTo(BATIK);
        assertThat(batik.pay()).isEqualTo(Pay.negotiable());
        assertThat(batik.validThrough()).isEqualTo(LocalDate.of(2025, 8, 30));
        assertThat(batik.requirements().sex()).isEqualTo(Sex.ANY);

        Vacancy produksi = stored.get(idOf(source, "lwk-005"));
        assertThat(produksi.datePosted()).isEqualTo(LocalDate.of(2025, 7, 5));
        assertThat(produksi.requirements().minimumEducation()).as("SMP/SMA: the lower").isEqualTo(EducationLevel.SMP);
        assertThat(produksi.pay()).isEqualTo(Pay.minimumWage());
    }

    @Test
    void aJsonArrayWithOurNamesIndonesianNamesOrOurVacancyShapeImports() {
        FeedSource source = upload(FeedFormat.JSON, "lowongan.json", false);

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(3, 0, 0, 0, 0));
        Map<String, Vacancy> stored = storedOf(source);
        Vacancy forklift = stored.get(idOf(source, "j-01"));
        assertThat(forklift.tradeId()).isEqualTo("logistik");
        assertThat(forklift.requirements()).isEqualTo(new Requirements(21, 40, Sex.MALE, EducationLevel.SMA, 12, "SIM B1", false));
        assertThat(forklift.skills()).containsExactly("Mengemudikan forklift", "Membaca surat jalan");
        Vacancy penjahit = stored.get(idOf(source, "j-02"));
        assertThat(penjahit.regionId()).as("'Pekalongan' is the city its employer is in").isEqualTo(KOTA_PEKALONGAN);
        assertThat(penjahit.openings()).isEqualTo(4);
        assertThat(penjahit.pay()).isEqualTo(Pay.monthly(2_500_000));
        assertThat(penjahit.requirements().sex()).isEqualTo(Sex.FEMALE);
        Vacancy las = stored.get(idOf(source, "j-03"));
        assertThat(las.pay()).isEqualTo(Pay.minimumWage());
        assertThat(las.requirements()).isEqualTo(new Requirements(20, 35, Sex.ANY, EducationLevel.SMK, 6, null, false));
    }

    @Test
    void jobPostingsInJsonLdImportWithTheirOwnIdsOrAStableOne() {
        FeedSource source = upload(FeedFormat.JSON_LD, "jobpostings.jsonld", false);

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(2, 0, 0, 0, 0));
        Map<String, Vacancy> stored = storedOf(source);
        Vacancy welder = stored.get(idOf(source, "lp-2025-11"));
        assertThat(welder.employerId()).isEqualTo(LOGAM);
        assertThat(welder.regionId()).as("the province names no region; the employer's is taken").isEqualTo(BATANG);
        assertThat(welder.town()).isEqualTo("Banyuputih");
        assertThat(welder.tradeId()).isEqualTo("las");
        assertThat(welder.pay()).isEqualTo(new Pay(PayKind.AMOUNT, 2_800_000L, 3_200_000L, PayPeriod.MONTH));
        assertThat(welder.openings()).isEqualTo(3);
        assertThat(welder.validThrough()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(welder.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(welder.description()).startsWith("Pengelasan rangka baja untuk gudang.").contains("- SMAW dan GMAW");
        Vacancy produksi = stored.values().stream().filter(v -> v.employerId().equals(SEPATU)).findFirst().orElseThrow();
        assertThat(produksi.id()).startsWith(FeedVacancyIds.prefix(source.id())).hasSize(FeedVacancyIds.prefix(source.id()).length() + 16);
        assertThat(produksi.estateId()).isEqualTo("kit-batang");
        assertThat(produksi.tradeId()).isEqualTo("produksi");
        assertThat(produksi.pay()).isEqualTo(Pay.negotiable());

        // read again, the posting without an identifier keeps its id
        assertThat(feeds.run(source.id(), RunTrigger.MANUAL, null).counts()).isEqualTo(new FeedPlan.Counts(0, 0, 2, 0, 0));
    }

    @Test
    void anEmployersCareersPageImportsItsTwoEmbeddedPostings() {
        FeedSource source = upload(FeedFormat.JSON_LD, "lowongan.html", false);

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(2, 0, 0, 0, 0));
        Map<String, Vacancy> stored = storedOf(source);
        Vacancy teknisi = stored.get(idOf(source, "lp-2025-14"));
        assertThat(teknisi.tradeId()).isEqualTo("listrik");
        assertThat(teknisi.pay()).isEqualTo(Pay.monthly(3_100_000));
        assertThat(teknisi.requirements().minimumEducation()).isEqualTo(EducationLevel.D3);
        assertThat(stored.get(idOf(source, "lp-2025-15")).openings()).isEqualTo(2);
    }

    @Test
    void aPreviewShowsThePlanAndWritesNothing() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);
        SyncCursor before = head();

        FeedPlan plan = feeds.preview(source.id());

        assertThat(plan.counts()).isEqualTo(new FeedPlan.Counts(5, 0, 0, 0, 2));
        assertThat(plan.created()).extracting(FeedPlan.PlannedVacancy::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(plan.created().get(0).vacancy().title()).isEqualTo("Operator Jahit Sepatu");
        assertThat(plan.warnings()).isEmpty();
        assertThat(head()).isEqualTo(before);
        assertThat(storedOf(source)).isEmpty();
        assertThat(feeds.runs(source.id(), 10)).isEmpty();
    }

    @Test
    void runningTheSameFeedAgainChangesNothing() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", true);
        feeds.run(source.id(), RunTrigger.MANUAL, null);
        SyncCursor before = head();
        Map<String, Vacancy> first = storedOf(source);

        FeedRun again = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(again.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(again.counts()).isEqualTo(new FeedPlan.Counts(0, 0, 5, 0, 2));
        assertThat(head()).as("no change logged").isEqualTo(before);
        assertThat(storedOf(source)).isEqualTo(first);
        assertThat(feeds.runs(source.id(), 10)).extracting(FeedRun::number).containsExactly(2, 1);
    }

    @Test
    void aChangedRowIsUpdatedAndLoggedWithTheFieldsThatChanged() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);
        feeds.run(source.id(), RunTrigger.MANUAL, null);
        String edited = csv().replace("Rp 2.600.000", "Rp 2.750.000").replace("25/07/2025", "08/08/2025");
        feeds.upload(source.id(), "lowongan-blk-batang.csv", edited.getBytes(StandardCharsets.UTF_8));
        SyncCursor before = head();

        FeedPlan plan = feeds.preview(source.id());
        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(plan.changed()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.changedFields()).containsExactly("pay", "validThrough");
        });
        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(0, 1, 4, 0, 2));
        assertThat(changesSince(before)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(idOf(source, "lwk-001"));
            assertThat(c.op()).isEqualTo(ChangeOperation.PUT);
        });
        assertThat(storedOf(source).get(idOf(source, "lwk-001")).pay()).isEqualTo(Pay.monthly(2_750_000));
    }

    @Test
    void aVacancyMissingFromAFullFeedIsClosedAndLoggedButABrokenRowKeepsItsVacancy() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", true);
        feeds.run(source.id(), RunTrigger.MANUAL, null);
        // LWK-003 is taken out; LWK-002 gets a bad date, so it is rejected but not closed
        String next = csv().lines().filter(l -> !l.contains("LWK-003"))
                .map(l -> l.contains("LWK-002") ? l.replace("31/07/2025", "32/07/2025") : l)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        feeds.upload(source.id(), "lowongan-blk-batang.csv", next.getBytes(StandardCharsets.UTF_8));
        SyncCursor before = head();

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(0, 0, 3, 1, 3));
        assertThat(run.changes().closed()).containsExactly(new FeedRun.Item(idOf(source, "lwk-003"), "Teknisi Listrik Pabrik"));
        Map<String, Vacancy> stored = storedOf(source);
        assertThat(stored.get(idOf(source, "lwk-003")).status()).isEqualTo(VacancyStatus.CLOSED);
        assertThat(stored.get(idOf(source, "lwk-003")).updatedAt()).isEqualTo(FeedFixtures.CLOCK.instant());
        assertThat(stored.get(idOf(source, "lwk-002")).status()).isEqualTo(VacancyStatus.OPEN);
        List<Change> changes = changesSince(before);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(idOf(source, "lwk-003"));
            assertThat(c.op()).isEqualTo(ChangeOperation.PUT);
            assertThat(c.record().path("status").asText()).isEqualTo("CLOSED");
        });
    }

    @Test
    void aFeedThatIsNotFullLeavesMissingVacanciesOpen() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);
        feeds.run(source.id(), RunTrigger.MANUAL, null);
        String fewer = csv().lines().filter(l -> !l.contains("LWK-003")).collect(Collectors.joining("\r\n"));
        feeds.upload(source.id(), "lowongan-blk-batang.csv", fewer.getBytes(StandardCharsets.UTF_8));

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts().closed()).isZero();
        assertThat(storedOf(source).get(idOf(source, "lwk-003")).status()).isEqualTo(VacancyStatus.OPEN);
    }

    @Test
    void aFullFeedWhoseEveryRowIsBrokenClosesNothing() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", true);
        feeds.run(source.id(), RunTrigger.MANUAL, null);
        // an export where every date came out in a form nobody reads
        String broken = csv().replaceAll("\\d\\d/0[78]/2025", "Juli").replace("2025-07-05", "Juli");
        feeds.upload(source.id(), "lowongan-blk-batang.csv", broken.getBytes(StandardCharsets.UTF_8));

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(0, 0, 0, 0, 7));
        assertThat(run.warnings()).anySatisfy(w -> assertThat(w).contains("tidak ada lowongan yang ditutup"));
        assertThat(storedOf(source).values()).allMatch(v -> v.status() == VacancyStatus.OPEN);
    }

    @Test
    void aFailureWhileApplyingLeavesTheStoreAsItWasAndTheRunIsKeptAsFailed() {
        FeedSource source = upload(FeedFormat.CSV, "lowongan-blk-batang.csv", false);
        // the fourth row's insert fails inside the database, after three have been written
        running.server().services().database().transact(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER refuse_batik BEFORE INSERT ON vacancy WHEN NEW.id = '" + idOf(source, "lwk-004")
                        + "' BEGIN SELECT RAISE(ABORT, 'disk penuh'); END");
            }
        });
        SyncCursor before = head();
        int vacanciesBefore = running.server().services().vacancies().count();

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failure()).contains("tidak ada yang berubah").contains("disk penuh");
        assertThat(run.counts()).isEqualTo(new FeedPlan.Counts(0, 0, 0, 0, 0));
        assertThat(running.server().services().vacancies().count()).isEqualTo(vacanciesBefore);
        assertThat(storedOf(source)).isEmpty();
        assertThat(head()).isEqualTo(before);
        assertThat(feeds.get(source.id()).lastRun().status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void anEmployersOwnSourceCarriesOnlyItsOwnVacanciesAndNeedsNoEmployerColumn() {
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.EMPLOYER, LOGAM, "Lowongan PT Logam", SourceKind.UPLOAD,
                FeedFormat.CSV, null, null, false));
        String csv = "Judul;Kejuruan;Batas Lamaran;Perusahaan\r\n"
                + "Welder;Las;31/07/2025;\r\n"
                + "Operator Jahit;Menjahit;31/07/2025;PT Sepatu Nusantara Makmur\r\n";
        feeds.upload(source.id(), "logam.csv", csv.getBytes(StandardCharsets.UTF_8));

        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);

        assertThat(run.counts().created()).isEqualTo(1);
        assertThat(run.rejected()).extracting(FeedPlan.RejectedRow::reason).containsExactly(
                "baris 3: perusahaan 'PT Sepatu Nusantara Makmur' bukan pemilik sumber ini (PT Logam Presisi Batang (fiktif))");
        assertThat(storedOf(source).values()).singleElement().satisfies(v -> {
            assertThat(v.employerId()).isEqualTo(LOGAM);
            assertThat(v.regionId()).isEqualTo(BATANG);
            assertThat(v.datePosted()).as("no posting date: today").isEqualTo(FeedFixtures.TODAY);
        });
    }

    @Test
    void anEmployersJobPostingNamingAnotherKnownEmployerIsRejectedAndReasonsAreInIndonesian() {
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.EMPLOYER, SEPATU, "Karier Sepatu", SourceKind.UPLOAD,
                FeedFormat.JSON_LD, null, null, false));
        String postings = new String(FeedFixtures.bytes("jobpostings.jsonld"), StandardCharsets.UTF_8)
                .replace("\"validThrough\": \"2025-07-31\"", "\"validThrough\": \"2025-02-31\"");
        feeds.upload(source.id(), "karier.jsonld", postings.getBytes(StandardCharsets.UTF_8));

        FeedPlan plan = feeds.preview(source.id());

        assertThat(plan.created()).isEmpty();
        assertThat(plan.rejected()).extracting(FeedPlan.RejectedRow::reason).containsExactly(
                "baris 2: perusahaan 'PT Logam Presisi Batang' bukan pemilik sumber ini (PT Sepatu Nusantara Makmur (fiktif))",
                "baris 24: batas lamaran (validThrough) tidak terbaca: '2025-02-31' bukan tanggal yang ada"
                        + " (tulis seperti 2025-07-31)");
    }

    @Test
    void aCentresSourceCarriesOnlyVacanciesOfEmployersInTheRegionsItsKiosksShow() {
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.CENTRE, FeedFixtures.PEKALONGAN_CENTRE,
                "Lowongan BLK Kota Pekalongan", SourceKind.UPLOAD, FeedFormat.CSV, null, null, false));
        String csv = "Judul;Perusahaan;Kejuruan;Batas Lamaran\r\n"
                + "Penjahit Batik;CV Batik Sinar Pekalongan;Menjahit;31/07/2025\r\n"
                + "Welder;PT Logam Presisi Batang;Las;31/07/2025\r\n";

        FeedPlan plan = feeds.upload(source.id(), "pekalongan.csv", csv.getBytes(StandardCharsets.UTF_8)).preview();

        assertThat(plan.created()).extracting(FeedPlan.PlannedVacancy::line).containsExactly(2);
        assertThat(plan.rejected()).extracting(FeedPlan.RejectedRow::reason).singleElement().asString()
                .startsWith("baris 3: perusahaan 'PT Logam Presisi Batang (fiktif)' ada di ")
                .contains("Batang")
                .endsWith(", di luar wilayah BLK Kota Pekalongan");
    }

    @Test
    void rowsThatCannotBeToldApartOrAreAlreadyPastAreRejectedWithAReason() {
        String csv = "Judul;Perusahaan;Kejuruan;Batas Lamaran;Kabupaten/Kota\r\n"
                + "Welder;PT Logam Presisi Batang;Las;31/07/2025;\r\n"
                + "welder;PT Logam Presisi Batang;Las;15/08/2025;\r\n"
                + "Penjahit;CV Batik Sinar Pekalongan;Menjahit;30/06/2025;\r\n"
                + "Operator;PT Sepatu Nusantara Makmur;Operator Produksi;31/07/2025;Pemalang\r\n"
                + "Teknisi;PT Maju Mundur;Listrik;31/07/2025;Batang\r\n";
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.CENTRE, CENTRE, "Campuran", SourceKind.UPLOAD,
                FeedFormat.CSV, null, null, false));

        FeedPlan plan = feeds.upload(source.id(), "campuran.csv", csv.getBytes(StandardCharsets.UTF_8)).preview();

        assertThat(plan.created()).extracting(FeedPlan.PlannedVacancy::line).containsExactly(2);
        assertThat(plan.rejected()).extracting(FeedPlan.RejectedRow::reason).containsExactly(
                "baris 3: lowongan yang sama sudah ada di baris 2 (kode lowongan sama, atau tanpa kode dengan perusahaan dan"
                        + " judul sama; beri kolom Kode Lowongan yang berbeda)",
                "baris 4: batas lamaran 30/06/2025 sudah lewat; lowongan ini tidak diimpor",
                "baris 5: kabupaten/kota 'Pemalang' tidak dikenal",
                "baris 6: perusahaan 'PT Maju Mundur' tidak dikenal; daftarkan dulu di data referensi");
    }

    @Test
    void aSpreadsheetWithoutARequiredColumnIsRefusedAtUploadSayingWhichAndIsNotKept() {
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.CENTRE, CENTRE, "Tanpa kejuruan", SourceKind.UPLOAD,
                FeedFormat.CSV, null, null, true));
        String csv = "Judul;Perusahaan;Batas Lamaran;Warna Seragam\r\nWelder;PT Logam Presisi Batang;31/07/2025;Biru\r\n";

        assertThatThrownBy(() -> feeds.upload(source.id(), "x.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedUnreadableException.class)
                .hasMessageStartingWith("kolom wajib tidak ada: Kejuruan (atau Bidang, Bidang Kejuruan)");
        assertThat(feeds.get(source.id()).upload()).isNull();
        FeedRun run = feeds.run(source.id(), RunTrigger.MANUAL, null);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failure()).isEqualTo("belum ada berkas yang diunggah ke sumber ini");
    }

    // ---- helpers

    private FeedSource upload(FeedFormat format, String fixture, boolean fullFeed) {
        FeedSource source = feeds.create(new FeedSourceRequest(OwnerKind.CENTRE, CENTRE, "Lowongan " + fixture,
                SourceKind.UPLOAD, format, null, null, fullFeed));
        feeds.upload(source.id(), fixture, FeedFixtures.bytes(fixture));
        return source;
    }

    private static String csv() {
        return new String(FeedFixtures.bytes("lowongan-blk-batang.csv"), StandardCharsets.UTF_8);
    }

    private static String idOf(FeedSource source, String own) {
        return FeedVacancyIds.prefix(source.id()) + own;
    }

    private Map<String, Vacancy> storedOf(FeedSource source) {
        return running.server().services().database().read(c -> running.server().services().vacancyStore()
                .withIdPrefix(c, FeedVacancyIds.prefix(source.id()))).stream()
                .collect(Collectors.toMap(Vacancy::id, Function.identity()));
    }

    private SyncCursor head() {
        return running.server().services().sync().head();
    }

    private List<Change> changesSince(SyncCursor cursor) {
        return running.server().services().sync().changesAfter(cursor, 100, Scope.EVERYTHING).changes();
    }

    private static Vacancy withId(Vacancy v, String id) {
        return new Vacancy(id, v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }
}
