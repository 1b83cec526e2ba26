package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.ForeignJobPostingReaderTest.IMPORTER;
import static id.anjungan.protocol.jobposting.JobPostingFixtures.googleExample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.Fixtures;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.Sex;
import id.anjungan.protocol.vacancy.Vacancy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The many shapes JSON-LD and real feeds give the same JobPosting property. */
class JobPostingShapesTest {

    @Test
    void aHiringOrganizationGivenAsAPlainNameIsRead() {
        ObjectNode posting = googleExample();
        posting.put("hiringOrganization", "PT Roda Logam Nusantara (fiktif)");

        assertThat(read(posting).employerId()).isEqualTo("roda-logam-nusantara");
    }

    @Test
    void numbersGivenAsStringsAreRead() {
        ObjectNode posting = googleExample();
        posting.put("totalJobOpenings", "4");
        posting.withObjectProperty("baseSalary").withObjectProperty("value").put("value", "5200000.00");
        posting.putObject("experienceRequirements").put("monthsOfExperience", "24");

        Vacancy vacancy = read(posting);
        assertThat(vacancy.openings()).isEqualTo(4);
        assertThat(vacancy.pay()).isEqualTo(Pay.monthly(5_200_000));
        assertThat(vacancy.requirements().experienceMonths()).isEqualTo(24);
    }

    @Test
    void aBaseSalaryGivenAsAPlainNumberIsAMonthlyAmountInRupiah() {
        ObjectNode posting = googleExample();
        posting.put("baseSalary", 4_901_117);

        assertThat(read(posting).pay()).isEqualTo(Pay.monthly(4_901_117));
    }

    @Test
    void aMonetaryAmountWithAPlainNumberValueIsRead() {
        ObjectNode posting = googleExample();
        posting.withObjectProperty("baseSalary").put("value", 4_901_117);

        assertThat(read(posting).pay()).isEqualTo(Pay.monthly(4_901_117));
    }

    @Test
    void aSingleEmploymentTypeIsReadAndAnUnknownOneIsOther() {
        ObjectNode posting = googleExample();
        posting.put("employmentType", "part-time");
        assertThat(read(posting).employmentType()).isEqualTo(EmploymentType.PART_TIME);

        posting.put("employmentType", "VOLUNTEER");
        assertThat(read(posting).employmentType()).isEqualTo(EmploymentType.OTHER);
    }

    @Test
    void datesGivenAsDateTimesAreTakenInJakartaTime() {
        ObjectNode posting = googleExample();
        posting.put("datePosted", "2026-11-09T20:00:00Z");
        posting.put("validThrough", "2026-12-10T23:59:59+07:00");

        Vacancy vacancy = read(posting);
        assertThat(vacancy.datePosted()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(vacancy.validThrough()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aDeadlineGivenAsADateIsItsLastDay() {
        ObjectNode posting = googleExample();
        posting.put("validThrough", "2026-12-10");

        assertThat(read(posting).validThrough()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void ourExtensionsAreReadUnderAPlainStringContextToo() {
        ObjectNode posting = googleExample();
        posting.put("abk:regionId", "36.03");
        posting.put("abk:ageMax", "30");
        posting.put("abk:sex", "female");
        posting.put("abk:jobSeekerCardRequired", "true");

        Vacancy vacancy = new JobPostingReader()
                .withEmployerResolver(hints -> "roda-logam-nusantara")
                .withTradeResolver(hints -> "teknik-mesin")
                .read(posting).vacancy();
        assertThat(vacancy.regionId()).isEqualTo("36.03");
        assertThat(vacancy.requirements().ageMax()).isEqualTo(30);
        assertThat(vacancy.requirements().sex()).isEqualTo(Sex.FEMALE);
        assertThat(vacancy.requirements().jobSeekerCardRequired()).isTrue();
    }

    @Test
    void educationIsReadFromGooglesCategoriesOrPlainText() {
        ObjectNode posting = googleExample();
        posting.putObject("educationRequirements")
                .put("@type", "EducationalOccupationalCredential").put("credentialCategory", "bachelor degree");
        assertThat(read(posting).requirements().minimumEducation()).isEqualTo(EducationLevel.D4_S1);

        posting.put("educationRequirements", "SMK");
        assertThat(read(posting).requirements().minimumEducation()).isEqualTo(EducationLevel.SMK);

        posting.put("educationRequirements", "no requirements");
        assertThat(read(posting).requirements().minimumEducation()).isNull();
    }

    @Test
    void skillsGivenAsAnArrayOfTermsAreRead() {
        ObjectNode posting = googleExample();
        posting.set("skills", Fixtures.parse("""
                [{"@type": "DefinedTerm", "name": "Pemrograman CNC G-code"}, "Membaca gambar teknik"]"""));

        assertThat(read(posting).skills()).containsExactly("Pemrograman CNC G-code", "Membaca gambar teknik");
    }

    @Test
    void aKbjiCategoryCodeAmongOthersIsFound() {
        ObjectNode posting = googleExample();
        posting.set("occupationalCategory", Fixtures.parse("""
                ["Operator mesin", {"@type": "CategoryCode", "codeValue": "7223.04", "inCodeSet": "KBJI 2014"}]"""));

        assertThat(read(posting).kbjiCode()).isEqualTo("7223.04");
    }

    @Test
    void contactDetailsWithoutInstructionsBecomeHowToApply() {
        ObjectNode posting = googleExample();
        posting.putObject("applicationContact")
                .put("@type", "ContactPoint").put("telephone", "021-5555-0100").put("email", "hrd@example.com");

        assertThat(read(posting).howToApply()).isEqualTo("021-5555-0100, hrd@example.com");
    }

    private static Vacancy read(ObjectNode posting) {
        return IMPORTER.read(posting).vacancy();
    }
}
