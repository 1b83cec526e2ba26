package id.anjungan.server.testing;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.server.SyncServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small catalogue for tests: two regions far apart (Batang and Tangerang), a centre in each that
 * sees only its own region, one employer in each, and vacancies written as staff would write them.
 */
public final class TestCatalogue {
    public static final String BATANG = "33.25";
    public static final String TANGERANG = "36.03";
    public static final String BATANG_CENTRE = "blkk-batang-1";
    public static final String TANGERANG_CENTRE = "blk-tangerang";
    public static final String BATANG_EMPLOYER = "emp-batang";
    public static final String TANGERANG_EMPLOYER = "emp-tangerang";

    private final SyncServer.Services services;

    public TestCatalogue(SyncServer server) {
        this.services = server.services();
    }

    public TestCatalogue seedReference() {
        var store = services.referenceStore();
        services.database().transact(c -> {
            store.upsertRegion(c, new Region(BATANG, "Batang", RegionKind.KABUPATEN, "Jawa Tengah", 2_534_383, 2025));
            store.upsertRegion(c, new Region(TANGERANG, "Tangerang", RegionKind.KABUPATEN, "Banten", 4_901_117, 2025));
            store.upsertTrade(c, new Trade("las", "Las", "7212"));
            store.upsertEmployer(c, new Employer(BATANG_EMPLOYER, "PT Sepatu Contoh (fiktif)", "Alas kaki", BATANG, null,
                    "Jl. Raya Batang", "Pos Satpam", "Bawa slip", true));
            store.upsertEmployer(c, new Employer(TANGERANG_EMPLOYER, "PT Komponen Contoh (fiktif)", "Otomotif", TANGERANG,
                    null, "Pasar Kemis", "Pos Satpam", "Bawa slip", true));
            store.upsertCentre(c, new TrainingCentre(BATANG_CENTRE, "BLK Komunitas Contoh", TrainingCentreKind.BLKK, BATANG,
                    "Gringsing", null, List.of(BATANG)));
            store.upsertCentre(c, new TrainingCentre(TANGERANG_CENTRE, "BLK Contoh Tangerang", TrainingCentreKind.BLK,
                    TANGERANG, "Pasar Kemis", null, List.of(TANGERANG)));
        });
        return this;
    }

    /** Writes (inserts or replaces) a vacancy as staff would, through the store that logs the change. */
    public Vacancy put(Vacancy vacancy) {
        services.database().transact(c -> services.vacancyStore().upsert(c, vacancy));
        return vacancy;
    }

    public static Vacancy welder(String id, String regionId, LocalDate posted, LocalDate validThrough) {
        String employer = regionId.equals(TANGERANG) ? TANGERANG_EMPLOYER : BATANG_EMPLOYER;
        return new Vacancy(id, "Welder SMAW " + id, "Pengelasan rangka baja, 3 shift.", employer, "las", "7212.01",
                regionId, null, "Gringsing", null, 3, Pay.minimumWage(), null, List.of("SMAW", "Membaca gambar kerja"),
                "Senin–Sabtu, 3 shift", true, "Datang ke pos satpam dengan slip rujukan.", posted, validThrough, null,
                Instant.parse("2026-11-20T01:00:00Z"));
    }
}
