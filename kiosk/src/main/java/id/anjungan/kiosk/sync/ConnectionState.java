package id.anjungan.kiosk.sync;

/** Whether the kiosk's last attempt to reach the server worked. */
public enum ConnectionState {
    /** No attempt has finished yet. */
    CONNECTING,
    ONLINE,
    OFFLINE
}
