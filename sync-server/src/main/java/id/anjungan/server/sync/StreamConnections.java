package id.anjungan.server.sync;

import io.javalin.http.sse.SseClient;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Ends an event stream's connection from outside, even while a write to it is blocked. */
final class StreamConnections {
    private StreamConnections() {
    }

    /**
     * Closes the stream's TCP connection. A blocked write to it then fails at once, which frees the
     * writer thread; {@link SseClient#close()} alone would wait behind that write.
     */
    static void abort(SseClient client) {
        try {
            ServletContextRequest request = ServletContextRequest.getServletContextRequest(client.ctx().req());
            if (request != null) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                return;
            }
        } catch (RuntimeException ignored) {
            // not a Jetty request, or already gone: fall back to the servlet way below
        }
        try {
            client.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
