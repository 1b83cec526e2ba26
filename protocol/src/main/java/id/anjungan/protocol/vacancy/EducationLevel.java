package id.anjungan.protocol.vacancy;

/** Indonesian education levels, lowest first. */
public enum EducationLevel {
    SD,
    SMP,
    SMA,
    SMK,
    D1,
    D2,
    D3,
    D4_S1,
    S2;

    /** The label Indonesians write: "D4/S1" for {@link #D4_S1}. */
    public String label() {
        return this == D4_S1 ? "D4/S1" : name();
    }
}
