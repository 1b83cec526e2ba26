package id.anjungan.kiosk.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network ESC/POS printer on 127.0.0.1 and a free port, for tests. Like a real one it takes one
 * connection at a time, answers DLE EOT status requests with the bytes it is given (or stays
 * silent), and keeps everything else it receives on a connection as one job.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    /** The replies to DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor). */
    public record Replies(int printer, int offlineCause, int paperSensor) {
        public static final Replies READY = new Replies(0x16, 0x12, 0x12);
        /** Offline, stopped at paper end, no paper at the sensor. */
        public static final Replies PAPER_OUT = new Replies(0x1E, 0x32, 0x72);
        /** Offline, cover open. */
        public static final Replies COVER_OPEN = new Replies(0x1E, 0x16, 0x12);
        /** Online, paper near its end. */
        public static final Replies PAPER_LOW = new Replies(0x16, 0x12, 0x1E);
        /** Offline with an error (e.g. a cutter jam), paper and cover fine. */
        public static final Replies ERROR = new Replies(0x1E, 0x52, 0x12);

        int replyTo(int n) {
            return switch (n) {
                case 1 -> printer;
                case 2 -> offlineCause;
                case 4 -> paperSensor;
                default -> 0x12;
            };
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<byte[]> jobs = new LinkedBlockingQueue<>();
    private final List<Integer> statusRequests = new CopyOnWriteArrayList<>();
    private volatile Replies replies;
    private Thread thread;

    private FakeEscPosPrinter(ServerSocket server, Replies replies) {
        this.server = server;
        this.replies = replies;
    }

    /** @param replies what to answer status requests with; null for a printer that never answers */
    public static FakeEscPosPrinter start(Replies replies) throws IOException {
        FakeEscPosPrinter printer = new FakeEscPosPrinter(
                new ServerSocket(0, 4, InetAddress.getLoopbackAddress()), replies);
        printer.thread = new Thread(printer::serve, "fake-escpos-printer");
        printer.thread.setDaemon(true);
        printer.thread.start();
        return printer;
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void answer(Replies newReplies) {
        this.replies = newReplies;
    }

    /** The next job received, or null if none comes within the wait. */
    public byte[] nextJob(Duration wait) throws InterruptedException {
        return jobs.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The n of every DLE EOT n received so far, in order. */
    public List<Integer> statusRequests() {
        return List.copyOf(statusRequests);
    }

    @Override
    public void close() throws Exception {
        server.close();
        thread.join(5_000);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                handle(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                // Closed, or a client that went away: wait for the next one.
            }
        }
    }

    private void handle(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == 0x10 && job.size() == 0) {
                int second = in.read();
                if (second == 0x04) {
                    answerStatus(in.read(), out);
                    continue;
                }
                job.write(b);
                b = second;
            }
            if (b >= 0) {
                job.write(b);
                job.write(in.readAllBytes());
            }
            break;
        }
        if (job.size() > 0) {
            jobs.add(job.toByteArray());
        }
    }

    private void answerStatus(int n, OutputStream out) throws IOException {
        statusRequests.add(n);
        Replies current = replies;
        if (current != null) {
            out.write(current.replyTo(n));
            out.flush();
        }
    }
}
