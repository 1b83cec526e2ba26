package id.anjungan.protocol.vacancy;

/** Mirrors schema.org employmentType values. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACTOR,
    TEMPORARY,
    INTERN,
    PER_DIEM,
    OTHER
}
