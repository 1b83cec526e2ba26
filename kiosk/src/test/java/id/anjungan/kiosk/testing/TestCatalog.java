package id.anjungan.kiosk.testing;

import id.anjungan.kiosk.store.Catalog;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.RegionKind;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A small made-up catalogue around Batang for unit tests: one region, estate, employer, centre. */
public final class TestCatalog {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    public static final Region BATANG = new Region("33.25", "Batang", RegionKind.KABUPATEN, "Jawa Tengah",
            2_534_383, 2025);
    public static final IndustrialEstate KIT_BATANG = new IndustrialEstate("kit-batang",
            "Kawasan Industri Terpadu Batang", "KIT Batang", BATANG.id(), "Jl. Raya Batang-Semarang, Gringsing");
    public static final Employer EMPLOYER = new Employer("pt-baja-contoh", "PT Baja Contoh (fiktif)", "Logam",
            BATANG.id(), KIT_BATANG.id(), "Blok C-7, KIT Batang, Gringsing",
            "Pos satpam gerbang utama KIT Batang", "Datang Senin–Jumat pukul 08.00–12.00 membawa surat pengantar.",
            true);
    public static final TrainingCentre CENTRE = new TrainingCentre("blkk-batang-1", "BLK Komunitas Darul Ulum Batang",
            TrainingCentreKind.BLKK, BATANG.id(), "Batang", "Jl. Contoh 1, Batang", List.of(BATANG.id()));

    private TestCatalog() {
    }

    public static ReferenceData reference() {
        return new ReferenceData(List.of(BATANG), List.of(KIT_BATANG),
                List.of(new Trade("las", "Las", "7212")), List.of(EMPLOYER), List.of(CENTRE));
    }

    public static Catalog catalog(Vacancy... vacancies) {
        return new Catalog(List.of(vacancies), reference());
    }

    /** A welding vacancy at KIT Batang posted and open on the given days. */
    public static Vacancy vacancy(String id, LocalDate posted, LocalDate validThrough) {
        return new Vacancy(id, "Juru Las " + id, "Mengelas rangka baja.", EMPLOYER.id(), "las", "7212.02",
                BATANG.id(), KIT_BATANG.id(), "Gringsing", EmploymentType.FULL_TIME, 4,
                Pay.monthlyRange(2_850_000, 3_200_000),
                new Requirements(18, 35, Sex.MALE, EducationLevel.SMK, 12, "SIM C", true),
                List.of("Las SMAW", "Membaca gambar kerja"), "3 shift, 8 jam sehari", true,
                "Bawa surat pengantar dan fotokopi sertifikat las.", posted, validThrough, VacancyStatus.OPEN,
                posted.atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
    }

    /** A vacancy posted the given number of days before {@link #TODAY}, open for a month after it. */
    public static Vacancy openVacancy(String id, int postedDaysAgo) {
        return vacancy(id, TODAY.minusDays(postedDaysAgo), TODAY.plusDays(30));
    }

    public static Vacancy withStatus(Vacancy v, VacancyStatus status) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(),
                v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), status,
                v.updatedAt());
    }

    public static Vacancy withPay(Vacancy v, Pay pay) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings(), pay, v.requirements(),
                v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(),
                v.status(), v.updatedAt());
    }

    public static Vacancy withRequirements(Vacancy v, Requirements requirements) {
        return new Vacancy(v.id(), v.title(), v.description(), v.employerId(), v.tradeId(), v.kbjiCode(),
                v.regionId(), v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), requirements,
                v.skills(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(),
                v.status(), v.updatedAt());
    }

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }
}
