package id.anjungan.protocol.reference;

import java.util.Objects;

/**
 * A regency (kabupaten) or city (kota), identified by its BPS code such as "33.25".
 *
 * @param minimumWage the regional minimum wage (UMK) in rupiah a month
 * @param minimumWageYear the year that wage applies to
 */
public record Region(String id, String name, RegionKind kind, String province, long minimumWage, int minimumWageYear) {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** "Kabupaten Batang", "Kota Pekalongan". */
    public String displayName() {
        return kind.label() + " " + name;
    }
}
