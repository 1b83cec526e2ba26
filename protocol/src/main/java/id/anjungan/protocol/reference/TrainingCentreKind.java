package id.anjungan.protocol.reference;

/** BLK: a government vocational training centre; BLKK: a community one (BLK Komunitas). */
public enum TrainingCentreKind {
    BLK,
    BLKK
}
