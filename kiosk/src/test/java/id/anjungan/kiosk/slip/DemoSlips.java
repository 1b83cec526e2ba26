package id.anjungan.kiosk.slip;

import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.protocol.slip.KioskKey;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.PresentationLedger;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.protocol.slip.SlipVerifier;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Vacancy;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One realistic demo slip, signed with a freshly generated kiosk key: a BLK Komunitas in Batang
 * refers a job seeker to a (fictional) shoe factory in Kawasan Industri Terpadu Batang.
 */
public final class DemoSlips {
    public static final KeyPair KIOSK_KEYS = KioskKeys.generate();
    public static final SlipSigner SIGNER = SlipSigner.of(KIOSK_KEYS);
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** 27 Nov 2026, 09:30 WIB. */
    public static final Instant ISSUED = Instant.parse("2026-11-27T02:30:00Z");
    /** The end of 11 Dec 2026 in WIB. */
    public static final Instant EXPIRES = Instant.parse("2026-12-11T17:00:00Z");
    /** A moment while the slip is valid. */
    public static final Instant DURING = Instant.parse("2026-12-01T03:00:00Z");
    public static final String EMPLOYER_ID = "emp-sepatu-nusantara";
    public static final Applicant APPLICANT = new Applicant("Dwi Rahmawati", "0812-3456-7890");

    public static final TrainingCentre CENTRE = new TrainingCentre("blkk-ketanggan", "BLK Komunitas Ketanggan",
            TrainingCentreKind.BLKK, "33.25", "Gringsing", "Balai Desa Ketanggan, Kecamatan Gringsing",
            List.of("33.25"));
    public static final IndustrialEstate ESTATE = new IndustrialEstate("kit-batang", "Kawasan Industri Terpadu Batang",
            "KIT Batang", "33.25", "Desa Ketanggan, Kecamatan Gringsing");
    public static final Employer EMPLOYER = new Employer(EMPLOYER_ID, "PT Sepatu Nusantara Makmur (fiktif)",
            "Alas kaki", "33.25", "kit-batang", "Kawasan Industri Terpadu Batang, Kavling C-7, Gringsing",
            "Pos Satpam Gerbang 3, Kawasan Industri Terpadu Batang, Kavling C-7, Gringsing",
            "Datang Senin sampai Jumat pukul 08.00-14.00 WIB. Bawa slip ini, KTP, fotokopi ijazah "
                    + "dan sertifikat pelatihan BLK.",
            true);
    public static final Vacancy VACANCY = new Vacancy("demo-0042", "Operator Produksi Sepatu",
            "Menjahit dan merakit bagian atas sepatu olahraga.", EMPLOYER_ID, "garmen", null, "33.25",
            "kit-batang", "Gringsing", EmploymentType.FULL_TIME, 40, null, null, List.of("Menjahit"),
            "3 shift, 8 jam sehari", true, "Bawa slip rujukan ke pos satpam.", LocalDate.parse("2026-11-20"),
            LocalDate.parse("2026-12-11"), null, Instant.parse("2026-11-20T01:00:00Z"));

    private DemoSlips() {
    }

    public static SlipToken token() {
        return new SlipToken(SIGNER.keyId(), SlipId.fromHex("3f9a0c7e5b21d846"), VACANCY.id(), EMPLOYER_ID,
                ISSUED, EXPIRES);
    }

    /** The canonical QR text of {@link #token()}, signed with {@link #KIOSK_KEYS}. */
    public static String qrText() {
        return SlipTokenCodec.toText(SIGNER.sign(token()));
    }

    public static SlipContent content(Applicant applicant) {
        return new SlipContentFactory(SlipText.indonesian(), WIB)
                .create(CENTRE, VACANCY, EMPLOYER, ESTATE, token(), qrText(), applicant);
    }

    public static SlipContent withoutApplicant() {
        return content(null);
    }

    public static SlipContent withApplicant() {
        return content(APPLICANT);
    }

    /** An intake desk that knows this kiosk's key and has seen no slips yet. */
    public static SlipVerifier verifier() {
        return new SlipVerifier(keyId -> keyId.equals(SIGNER.keyId())
                ? Optional.of(new KioskKey(KIOSK_KEYS.getPublic(), "kiosk-blkk-ketanggan-1", false))
                : Optional.empty(), PresentationLedger.NONE);
    }
}
