package id.anjungan.protocol.jobposting;

import static id.anjungan.protocol.jobposting.JobPostingVocabulary.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.reference.Trade;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Vacancy;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a vacancy as a schema.org JobPosting in JSON-LD, such as a job board or search engine
 * reads. Everything schema.org has no property for goes into our extension properties (see
 * {@link JobPostingVocabulary}), so {@link JobPostingReader} reads our postings back without loss.
 */
public final class JobPostingWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String COUNTRY = "ID";

    private final ReferenceData reference;

    /** @param reference must hold the employer, region, trade and estate of every vacancy written */
    public JobPostingWriter(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ObjectNode write(Vacancy vacancy) {
        Employer employer = known(reference.employer(vacancy.employerId()), "employer", vacancy.employerId(), vacancy);
        Region region = known(reference.region(vacancy.regionId()), "region", vacancy.regionId(), vacancy);
        Trade trade = known(reference.trade(vacancy.tradeId()), "trade", vacancy.tradeId(), vacancy);
        IndustrialEstate estate = vacancy.estateId() == null ? null
                : known(reference.estate(vacancy.estateId()), "estate", vacancy.estateId(), vacancy);

        ObjectNode posting = JSON.objectNode();
        posting.set("@context", context());
        posting.put("@type", "JobPosting");
        posting.set("identifier", Identifiers.ours(vacancy.id()));
        posting.put("title", vacancy.title());
        posting.put("description", vacancy.description());
        posting.put("datePosted", vacancy.datePosted().toString());
        posting.put("validThrough", PostingDates.endOf(vacancy.validThrough()));
        posting.set("hiringOrganization", organization(employer));
        posting.set("jobLocation", place(vacancy, region, estate, employer));
        putIfPresent(posting, "baseSalary", BaseSalary.toJson(vacancy.pay(), region));
        posting.put("employmentType", vacancy.employmentType().name());
        posting.put("totalJobOpenings", vacancy.openings());
        posting.set("educationRequirements", EducationRequirements.toJson(vacancy.requirements().minimumEducation()));
        posting.set("experienceRequirements", JSON.objectNode()
                .put("@type", "OccupationalExperienceRequirements")
                .put("monthsOfExperience", vacancy.requirements().experienceMonths()));
        posting.set("occupationalCategory", OccupationalCategory.toJson(vacancy.kbjiCode(), trade));
        putIfPresent(posting, "skills", Skills.toJson(vacancy.skills()));
        putIfPresent(posting, "workHours", vacancy.workHours());
        if (vacancy.howToApply() != null) {
            posting.set("applicationContact", JSON.objectNode()
                    .put("@type", "ContactPoint")
                    .put("description", vacancy.howToApply()));
        }
        putExtensions(posting, vacancy);
        return posting;
    }

    private static ObjectNode context() {
        return JSON.objectNode()
                .put("@vocab", JobPostingVocabulary.SCHEMA_ORG)
                .put(JobPostingVocabulary.PREFIX, JobPostingVocabulary.NAMESPACE);
    }

    private ObjectNode organization(Employer employer) {
        ObjectNode organization = JSON.objectNode().put("@type", "Organization").put("name", employer.name());
        organization.set("identifier", Identifiers.ours(employer.id()));
        String regionName = reference.region(employer.regionId()).map(Region::displayName).orElse(null);
        organization.set("address", postalAddress(employer.address(), null, regionName));
        return organization;
    }

    private static ObjectNode place(Vacancy vacancy, Region region, IndustrialEstate estate, Employer employer) {
        ObjectNode place = JSON.objectNode().put("@type", "Place");
        putIfPresent(place, "name", estate == null ? null : estate.name());
        place.set("address", postalAddress(streetAddress(vacancy, estate, employer), vacancy.town(), region.displayName()));
        return place;
    }

    /** The employer's own address where the job is at its premises, else the estate's, else none. */
    private static String streetAddress(Vacancy vacancy, IndustrialEstate estate, Employer employer) {
        boolean atEmployer = employer.regionId().equals(vacancy.regionId())
                && (estate == null || estate.id().equals(employer.estateId()));
        if (atEmployer && employer.address() != null) {
            return employer.address();
        }
        return estate == null ? null : estate.address();
    }

    private static ObjectNode postalAddress(String street, String locality, String region) {
        ObjectNode address = JSON.objectNode().put("@type", "PostalAddress");
        putIfPresent(address, "streetAddress", street);
        putIfPresent(address, "addressLocality", locality);
        putIfPresent(address, "addressRegion", region);
        return address.put("addressCountry", COUNTRY);
    }

    private static void putExtensions(ObjectNode posting, Vacancy vacancy) {
        Requirements requirements = vacancy.requirements();
        posting.put(property(JobPostingVocabulary.TRADE_ID), vacancy.tradeId());
        posting.put(property(JobPostingVocabulary.REGION_ID), vacancy.regionId());
        putIfPresent(posting, property(JobPostingVocabulary.ESTATE_ID), vacancy.estateId());
        posting.put(property(JobPostingVocabulary.PAY_KIND), vacancy.pay().kind().name());
        if (BaseSalary.periodNeedsExtension(vacancy.pay())) {
            posting.put(property(JobPostingVocabulary.PAY_PERIOD), vacancy.pay().period().name());
        }
        if (requirements.ageMin() != null) {
            posting.put(property(JobPostingVocabulary.AGE_MIN), requirements.ageMin());
        }
        if (requirements.ageMax() != null) {
            posting.put(property(JobPostingVocabulary.AGE_MAX), requirements.ageMax());
        }
        posting.put(property(JobPostingVocabulary.SEX), requirements.sex().name());
        putIfPresent(posting, property(JobPostingVocabulary.DRIVING_LICENCE), requirements.drivingLicence());
        posting.put(property(JobPostingVocabulary.JOB_SEEKER_CARD_REQUIRED), requirements.jobSeekerCardRequired());
        posting.put(property(JobPostingVocabulary.SHIFT_WORK), vacancy.shiftWork());
        posting.put(property(JobPostingVocabulary.STATUS), vacancy.status().name());
        if (vacancy.updatedAt() != null) {
            posting.put(property(JobPostingVocabulary.UPDATED_AT), vacancy.updatedAt().toString());
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }

    private static <T> T known(Optional<T> found, String what, String id, Vacancy vacancy) {
        return found.orElseThrow(() -> new IllegalArgumentException(
                "vacancy " + vacancy.id() + " refers to " + what + " " + id + ", which is not in the reference data"));
    }
}
