package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Sex;

/** Reads what a posting asks of applicants: schema.org's education and experience, and our extensions. */
final class PostingRequirements {
    private PostingRequirements() {
    }

    static Requirements fromJson(JsonNode posting, Extensions extensions) {
        Integer ageMin = extensions.integer(JobPostingVocabulary.AGE_MIN);
        Integer ageMax = extensions.integer(JobPostingVocabulary.AGE_MAX);
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            throw new JobPostingFormatException(extensions.name(JobPostingVocabulary.AGE_MAX),
                    "age maximum " + ageMax + " is below its minimum " + ageMin);
        }
        return new Requirements(
                ageMin,
                ageMax,
                extensions.enumValue(Sex.class, JobPostingVocabulary.SEX),
                EducationRequirements.fromJson(LdValues.property(posting, "educationRequirements")),
                experienceMonths(LdValues.property(posting, "experienceRequirements")),
                extensions.text(JobPostingVocabulary.DRIVING_LICENCE),
                extensions.bool(JobPostingVocabulary.JOB_SEEKER_CARD_REQUIRED));
    }

    /** Months of experience; a requirement stated only in words counts as none. */
    private static int experienceMonths(JsonNode requirement) {
        Integer months = LdValues.integer(LdValues.property(requirement, "monthsOfExperience"), "experienceRequirements");
        if (months != null && months < 0) {
            throw new JobPostingFormatException("experienceRequirements", "months of experience cannot be negative: " + months);
        }
        return months == null ? 0 : months;
    }
}
