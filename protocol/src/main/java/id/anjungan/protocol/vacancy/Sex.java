package id.anjungan.protocol.vacancy;

/** Who a vacancy is open to: laki-laki, perempuan, or semua. */
public enum Sex {
    ANY,
    MALE,
    FEMALE
}
