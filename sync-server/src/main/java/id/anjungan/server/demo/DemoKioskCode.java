package id.anjungan.server.demo;

import id.anjungan.server.kiosk.EnrolmentCode;
import id.anjungan.server.kiosk.EnrolmentService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Writes a fresh one-time enrolment code for the demo centre to a file, so the demo kiosk can enrol by itself. */
public final class DemoKioskCode {
    /** The BLK Komunitas near Kawasan Industri Terpadu Batang that the demo kiosk belongs to. */
    public static final String DEMO_CENTRE = "blkk-batang-1";

    private final EnrolmentService enrolment;
    private final Path file;

    public DemoKioskCode(EnrolmentService enrolment, Path file) {
        this.enrolment = enrolment;
        this.file = file;
    }

    public EnrolmentCode write() {
        EnrolmentCode code = enrolment.createCode(DEMO_CENTRE, Duration.ofDays(1));
        try {
            Files.writeString(file, code.code() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo enrolment code to " + file, e);
        }
        return code;
    }
}
