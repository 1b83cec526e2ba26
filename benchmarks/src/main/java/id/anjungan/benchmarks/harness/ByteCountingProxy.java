package id.anjungan.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of the server that counts the bytes going each way: what a kiosk
 * really sends and receives at the HTTP layer (request and status lines, headers, bodies, any chunk
 * framing). TCP/IP headers and TLS are below it and not counted. Bytes are counted before they are passed
 * on, so once the client has read something, it has been counted.
 */
public final class ByteCountingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong up = new AtomicLong();
    private final AtomicLong down = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private ByteCountingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "byte-counting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public static ByteCountingProxy to(URI server) {
        try {
            return new ByteCountingProxy(server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /** Bytes from the client to the server so far. */
    public long up() {
        return up.get();
    }

    /** Bytes from the server to the client so far. */
    public long down() {
        return down.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, up, "proxy-up");
                pump(server, client, down, "proxy-down");
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("proxy: " + e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong counter, String name) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    counter.addAndGet(n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // one side closed; the other pump ends too
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
