package id.anjungan.protocol.sync;

public enum ChangeOperation {
    /** Insert or replace the whole record. */
    PUT,
    /** Remove the record (a tombstone), also sent when a vacancy leaves a kiosk's scope. */
    DELETE
}
