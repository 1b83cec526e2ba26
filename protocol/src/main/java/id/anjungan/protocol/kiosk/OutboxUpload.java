package id.anjungan.protocol.kiosk;

import java.util.List;

public record OutboxUpload(List<IssuedSlip> slips) {
    public OutboxUpload {
        slips = slips == null ? List.of() : List.copyOf(slips);
    }
}
