package id.anjungan.protocol.slip;

import java.util.Optional;

/** Finds the enrolled kiosk key with a given key id, revoked or not. */
@FunctionalInterface
public interface KioskKeyDirectory {
    Optional<KioskKey> find(KioskKeyId keyId);
}
