package id.anjungan.protocol.reference;

import java.util.Objects;

/**
 * A trade (kejuruan) taught at training centres, such as welding (las).
 *
 * @param id stable key, also the key of the trade's icon and translated names on the kiosk
 * @param name Indonesian name
 * @param kbjiMajorGroup the KBJI 2014 minor group most vacancies of this trade fall in, may be null
 */
public record Trade(String id, String name, String kbjiMajorGroup) {
    public Trade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
