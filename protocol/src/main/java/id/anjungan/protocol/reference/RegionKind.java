package id.anjungan.protocol.reference;

public enum RegionKind {
    KABUPATEN("Kabupaten"),
    KOTA("Kota");

    private final String label;

    RegionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
