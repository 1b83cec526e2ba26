package id.anjungan.protocol.vacancy;

/** Mirrors schema.org unitText of a salary: per hour, day, week or month. */
public enum PayPeriod {
    HOUR,
    DAY,
    WEEK,
    MONTH
}
