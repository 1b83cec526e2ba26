package id.anjungan.server.feed;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.server.SyncServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reference data around Batang and Pekalongan for the feed tests (two Pekalongans, a regency and a
 * city, to show how a bare "Pekalongan" is told apart), the day the tests run on, and the fixture files.
 */
public final class FeedFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-10T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    public static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    public static final String BATANG = "33.25";
    public static final String KAB_PEKALONGAN = "33.26";
    public static final String KOTA_PEKALONGAN = "33.75";
    public static final String CENTRE = "blkk-batang-1";
    /** A centre whose kiosks show only Kota Pekalongan. */
    public static final String PEKALONGAN_CENTRE = "blk-kota-pekalongan";
    public static final String SEPATU = "emp-sepatu";
    public static final String LOGAM = "emp-logam";
    public static final String BATIK = "emp-batik";

    public static final ReferenceData REFERENCE = new ReferenceData(
            List.of(new Region(BATANG, "Batang", RegionKind.KABUPATEN, "Jawa Tengah", 2_534_383, 2025),
                    new Region(KAB_PEKALONGAN, "Pekalongan", RegionKind.KABUPATEN, "Jawa Tengah", 2_486_653, 2025),
                    new Region(KOTA_PEKALONGAN, "Pekalongan", RegionKind.KOTA, "Jawa Tengah", 2_545_138, 2025)),
            List.of(new IndustrialEstate("kit-batang", "Kawasan Industri Terpadu Batang", "KIT Batang", BATANG,
                    "Desa Ketanggan, Kec. Gringsing")),
            List.of(new Trade("las", "Las / Pengelasan", "7212"),
                    new Trade("listrik", "Instalasi Listrik", "7411"),
                    new Trade("menjahit", "Menjahit / Garmen", "8153"),
                    new Trade("produksi", "Operator Produksi", "8219"),
                    new Trade("logistik", "Gudang dan Logistik", "4321")),
            List.of(new Employer(SEPATU, "PT Sepatu Nusantara Makmur (fiktif)", "Alas kaki", BATANG, "kit-batang",
                            "Blok B1, KIT Batang", "Pos Satpam Gerbang 2", "Bawa slip", true),
                    new Employer(LOGAM, "PT Logam Presisi Batang (fiktif)", "Logam", BATANG, null,
                            "Jl. Raya Banyuputih", "Pos Satpam", "Bawa slip", true),
                    new Employer(BATIK, "CV Batik Sinar Pekalongan (fiktif)", "Batik", KOTA_PEKALONGAN, null,
                            "Pekalongan Barat", "Showroom", "Bawa slip", true)),
            List.of(new TrainingCentre(CENTRE, "BLK Komunitas Batang 1", TrainingCentreKind.BLKK, BATANG, "Gringsing",
                    null, List.of(BATANG, KAB_PEKALONGAN, KOTA_PEKALONGAN)),
                    new TrainingCentre(PEKALONGAN_CENTRE, "BLK Kota Pekalongan", TrainingCentreKind.BLK, KOTA_PEKALONGAN,
                            "Pekalongan Barat", null, List.of(KOTA_PEKALONGAN))));

    private FeedFixtures() {
    }

    public static void seed(SyncServer server) {
        var store = server.services().referenceStore();
        server.services().database().transact(c -> {
            for (var r : REFERENCE.regions()) {
                store.upsertRegion(c, r);
            }
            for (var e : REFERENCE.estates()) {
                store.upsertEstate(c, e);
            }
            for (var t : REFERENCE.trades()) {
                store.upsertTrade(c, t);
            }
            for (var e : REFERENCE.employers()) {
                store.upsertEmployer(c, e);
            }
            for (var t : REFERENCE.centres()) {
                store.upsertCentre(c, t);
            }
        });
    }

    public static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
