package id.anjungan.kiosk.printer;

import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.protocol.kiosk.PrinterState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * An ESC/POS printer as a device file, e.g. {@code /dev/usb/lp0} for a USB printer on Linux.
 * Linux's usblp driver gives no dependable way to read status replies with a timeout, so this
 * printer knows only whether the device is there: OFFLINE when it is missing or not writable
 * (unplugged, switched off, or the kiosk user is not in the {@code lp} group), UNKNOWN otherwise.
 */
public final class EscPosDevicePrinter implements SlipPrinter {
    private final PrinterConfig config;
    private final EscPosSlipEncoder encoder;

    public EscPosDevicePrinter(PrinterConfig config, EscPosSlipEncoder encoder) {
        this.config = Objects.requireNonNull(config, "config");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public PrintResult print(SlipContent slip) {
        if (status() == PrinterState.OFFLINE) {
            return PrintResult.failed(PrinterState.OFFLINE, missing());
        }
        byte[] job = encoder.encode(slip);
        try (OutputStream out = Files.newOutputStream(config.device(), StandardOpenOption.WRITE)) {
            out.write(job);
        } catch (NoSuchFileException e) {
            return PrintResult.failed(PrinterState.OFFLINE, missing());
        } catch (IOException e) {
            return PrintResult.failed(PrinterState.OFFLINE, "Writing to " + name() + " failed (" + e.getMessage()
                    + "); part of the slip may have come out. Check the USB cable and the printer's power.");
        }
        return PrintResult.printed(PrinterState.UNKNOWN, name());
    }

    @Override
    public PrinterState status() {
        return Files.isWritable(config.device()) ? PrinterState.UNKNOWN : PrinterState.OFFLINE;
    }

    private String name() {
        return "the printer " + config.device();
    }

    private String missing() {
        return "There is no printer at " + config.device() + ", or the kiosk may not write to it: check that the "
                + "printer is switched on and its USB cable is plugged in, and that the kiosk user is in the lp group.";
    }
}
