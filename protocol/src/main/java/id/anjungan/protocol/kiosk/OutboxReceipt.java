package id.anjungan.protocol.kiosk;

import java.util.List;

/** The slip ids the server now holds; the kiosk may drop them from its outbox. */
public record OutboxReceipt(List<String> storedSlipIds) {
    public OutboxReceipt {
        storedSlipIds = storedSlipIds == null ? List.of() : List.copyOf(storedSlipIds);
    }
}
