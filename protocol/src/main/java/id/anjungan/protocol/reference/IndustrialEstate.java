package id.anjungan.protocol.reference;

import java.util.Objects;

/** An industrial estate (kawasan industri) such as Kawasan Industri Terpadu Batang. */
public record IndustrialEstate(String id, String name, String shortName, String regionId, String address) {
    public IndustrialEstate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionId, "regionId");
    }
}
