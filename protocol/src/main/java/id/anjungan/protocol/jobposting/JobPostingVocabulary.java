package id.anjungan.protocol.jobposting;

import java.time.ZoneId;

/**
 * The names our JobPosting JSON-LD uses beyond schema.org. Vacancy fields that schema.org has no
 * property for are written as {@code "abk:<term>"}, with {@code abk} bound to {@link #NAMESPACE} in the
 * posting's {@code @context}, so that our own postings read back without loss.
 */
public final class JobPostingVocabulary {
    public static final String SCHEMA_ORG = "https://schema.org/";
    public static final String NAMESPACE = "https://anjungan-bursa-kerja.id/ns#";
    public static final String PREFIX = "abk";

    /** The {@code name} of the PropertyValue identifiers that hold our own ids. */
    public static final String IDENTIFIER_NAME = "anjungan";
    /** The {@code inCodeSet} of an occupationalCategory holding a KBJI code. */
    public static final String KBJI_CODE_SET = "KBJI 2014";
    /** The zone deadlines are meant in: a vacancy is open until the end of its last day there. */
    public static final ZoneId DEADLINE_ZONE = ZoneId.of("Asia/Jakarta");

    public static final String TRADE_ID = "tradeId";
    public static final String REGION_ID = "regionId";
    public static final String ESTATE_ID = "estateId";
    public static final String PAY_KIND = "payKind";
    /** Written only when baseSalary cannot carry the period: a pay without an amount, not paid monthly. */
    public static final String PAY_PERIOD = "payPeriod";
    public static final String AGE_MIN = "ageMin";
    public static final String AGE_MAX = "ageMax";
    public static final String SEX = "sex";
    public static final String DRIVING_LICENCE = "drivingLicence";
    public static final String JOB_SEEKER_CARD_REQUIRED = "jobSeekerCardRequired";
    public static final String SHIFT_WORK = "shiftWork";
    public static final String STATUS = "status";
    public static final String UPDATED_AT = "updatedAt";

    private JobPostingVocabulary() {
    }

    /** The property name a term is written under in our own postings, such as "abk:ageMin". */
    public static String property(String term) {
        return PREFIX + ":" + term;
    }
}
