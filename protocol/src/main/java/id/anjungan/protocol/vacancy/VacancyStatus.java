package id.anjungan.protocol.vacancy;

public enum VacancyStatus {
    OPEN,
    /** The employer reported all positions filled. */
    FILLED,
    /** Withdrawn or closed before its deadline. */
    CLOSED
}
