package id.anjungan.protocol.sync;

/** The kinds of record a kiosk keeps and the change log carries. */
public enum EntityKind {
    REGION,
    ESTATE,
    TRADE,
    EMPLOYER,
    CENTRE,
    VACANCY
}
