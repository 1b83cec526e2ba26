package id.anjungan.protocol.vacancy;

public enum PayKind {
    /** A stated amount or range in rupiah. */
    AMOUNT,
    /** The regional minimum wage (UMK) of the work location. */
    MINIMUM_WAGE,
    /** Not stated; agreed at interview. */
    NEGOTIABLE
}
