package id.anjungan.kiosk.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import id.anjungan.protocol.kiosk.EnrolmentRequest;
import id.anjungan.protocol.kiosk.EnrolmentResponse;
import id.anjungan.protocol.kiosk.Heartbeat;
import id.anjungan.protocol.kiosk.OutboxReceipt;
import id.anjungan.protocol.kiosk.OutboxUpload;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.protocol.sync.Snapshot;
import id.anjungan.protocol.sync.SyncCursor;
import java.net.URI;
import java.net.http.HttpClient;

/** The kiosk's own calls to the sync server: enrolment, then everything with its bearer token. */
public final class KioskApiClient {
    private final JsonHttp http;

    public KioskApiClient(URI serverUrl, HttpClient client) {
        this.http = new JsonHttp(serverUrl, client);
    }

    public URI serverUrl() {
        return http.base();
    }

    public EnrolmentResponse enrol(EnrolmentRequest request) throws SyncException {
        return http.call("api/v1/kiosks/enrol", null, request, new TypeReference<EnrolmentResponse>() { });
    }

    /** Everything in the kiosk's scope, and the cursor it was taken at. */
    public Snapshot snapshot(String token) throws SyncException {
        return http.call("api/v1/sync/snapshot", token, null, new TypeReference<Snapshot>() { });
    }

    /** A page of changes after the cursor; throws {@link CursorGoneException} when the server no longer has it. */
    public RawChangeBatch changesAfter(String token, SyncCursor cursor, int limit) throws SyncException {
        return http.send("api/v1/sync/changes?epoch=" + cursor.epoch() + "&since=" + cursor.seq() + "&limit=" + limit,
                token, null, body -> ChangeBatchReader.read(body.readAllBytes()));
    }

    public void heartbeat(String token, Heartbeat heartbeat) throws SyncException {
        http.call("api/v1/kiosks/heartbeat", token, heartbeat, null);
    }

    public OutboxReceipt uploadOutbox(String token, OutboxUpload upload) throws SyncException {
        return http.call("api/v1/kiosks/outbox", token, upload, new TypeReference<OutboxReceipt>() { });
    }
}
