package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.protocol.kiosk.PrinterState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An ESC/POS printer on the network (raw TCP, usually port 9100). Before each job it asks the
 * printer for its state with DLE EOT 1, 2 and 4, and sends nothing when the paper is out, the
 * cover is open or the printer is offline. A printer that does not answer status requests at all
 * (some network adapters swallow them) gets the job anyway, reported as UNKNOWN.
 */
public final class EscPosTcpPrinter implements SlipPrinter {
    /** Bytes of unrelated chatter (automatic status) skipped while waiting for one reply. */
    private static final int MAX_SKIPPED_BYTES = 8;

    private final PrinterConfig config;
    private final EscPosSlipEncoder encoder;

    public EscPosTcpPrinter(PrinterConfig config, EscPosSlipEncoder encoder) {
        this.config = Objects.requireNonNull(config, "config");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public PrintResult print(SlipContent slip) {
        byte[] job = encoder.encode(slip);
        PrinterState state;
        try (Socket socket = connect()) {
            state = askState(socket);
            if (EscPosStatus.stopsPrinting(state)) {
                return PrintResult.refusedBy(state, name());
            }
            try {
                send(socket, job);
            } catch (IOException e) {
                return PrintResult.failed(PrinterState.OFFLINE, "The connection to " + name()
                        + " broke while the slip was being sent (" + e.getMessage() + "); part of it may have "
                        + "come out. Check the printer's network cable and power.");
            }
            return PrintResult.printed(state, name());
        } catch (IOException e) {
            return PrintResult.failed(PrinterState.OFFLINE, unreachable(e));
        }
    }

    @Override
    public PrinterState status() {
        try (Socket socket = connect()) {
            return askState(socket);
        } catch (IOException e) {
            return PrinterState.OFFLINE;
        }
    }

    private Socket connect() throws IOException {
        int millis = (int) config.timeout().toMillis();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(config.host(), config.port()), millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static PrinterState askState(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        in.skip(in.available());
        int printer = ask(in, out, EscPosCommands.STATUS_PRINTER);
        if (printer < 0) {
            return PrinterState.UNKNOWN;
        }
        int offlineCause = ask(in, out, EscPosCommands.STATUS_OFFLINE_CAUSE);
        int paperSensor = ask(in, out, EscPosCommands.STATUS_PAPER_SENSOR);
        return EscPosStatus.state(printer, offlineCause, paperSensor);
    }

    /** The reply byte, or -1 when none came within the timeout. */
    private static int ask(InputStream in, OutputStream out, int n) throws IOException {
        out.write(EscPosCommands.statusRequest(n));
        out.flush();
        try {
            for (int i = 0; i <= MAX_SKIPPED_BYTES; i++) {
                int value = in.read();
                if (value < 0 || EscPosStatus.isReply(value)) {
                    return value;
                }
            }
            return -1;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    /**
     * Sends the job, then closes our side and waits (up to the timeout) for the printer to close
     * its side: closing with unread bytes pending would reset the connection and could cut off the
     * end of the job.
     */
    private static void send(Socket socket, byte[] job) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(job);
        out.flush();
        socket.shutdownOutput();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Discard whatever the printer still says.
            }
        } catch (IOException e) {
            // A timeout (the printer keeps its side open) or a reset after the job: the job is sent.
        }
    }

    private String name() {
        return "the printer at " + config.host() + ":" + config.port();
    }

    private String unreachable(IOException e) {
        String where = config.host() + ":" + config.port();
        if (e instanceof UnknownHostException) {
            return "The printer address " + config.host() + " is not known: check printer.host in the kiosk settings.";
        }
        if (e instanceof ConnectException) {
            return "Nothing answers at " + where + ": the printer is switched off, or its network address changed.";
        }
        if (e instanceof SocketTimeoutException) {
            return "The printer at " + where + " did not answer within " + config.timeout().toMillis()
                    + " ms: check its power and network cable.";
        }
        return "Could not talk to the printer at " + where + " (" + e.getMessage() + ").";
    }
}
