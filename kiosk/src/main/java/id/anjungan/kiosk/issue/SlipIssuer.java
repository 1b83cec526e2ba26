package id.anjungan.kiosk.issue;

import id.anjungan.kiosk.printer.PrintResult;
import id.anjungan.kiosk.printer.SlipPrinter;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.slip.SlipContentFactory;
import id.anjungan.kiosk.slip.SlipText;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.store.OutboxStore;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.reference.IndustrialEstate;
import id.anjungan.protocol.reference.ReferenceData;
import id.anjungan.protocol.reference.TrainingCentre;
import id.anjungan.protocol.reference.TrainingCentreKind;
import id.anjungan.protocol.slip.KioskKeys;
import id.anjungan.protocol.slip.SlipFormatException;
import id.anjungan.protocol.slip.SlipId;
import id.anjungan.protocol.slip.SlipSigner;
import id.anjungan.protocol.slip.SlipToken;
import id.anjungan.protocol.slip.SlipTokenCodec;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues referral slips on the kiosk, also while it is offline.
 *
 * <p>One issue, in this order:
 * <ol>
 *   <li>the vacancy must be open today (in {@link #ZONE}); otherwise nothing is issued;</li>
 *   <li>a random 64-bit slip id ({@link SecureRandom}), a token signed with the kiosk's own Ed25519
 *       key, its bare QR text ({@code ABK1:} + Base45), and the slip's words;</li>
 *   <li>the slip goes into the outbox, in one transaction, <em>before</em> anything is printed: a
 *       printer that fails, or a kiosk that loses power while printing, cannot lose an issued slip;</li>
 *   <li>the printer prints it; when it did, the outbox row is marked printed. When it could not (no
 *       paper, cover open, offline) the slip stays in the outbox, unprinted, for staff to reprint,
 *       and is uploaded like any other;</li>
 *   <li>the outbox uploader is nudged, so the server hears of the slip within seconds when online.</li>
 * </ol>
 *
 * <p><b>Expiry.</b> A slip expires at the earlier of the end of the vacancy's last day
 * ({@code validThrough}, a calendar day read in {@link #ZONE}, as the server reads it) and
 * {@link #MAX_VALIDITY} after it was issued. A slip is valid until its expiry second, exclusive:
 * one for a vacancy open through 11 Dec expires at 00:00 WIB on 12 Dec and says "Berlaku sampai
 * 11 Des". Fourteen days is long enough to travel to an estate and short enough that a slip for a
 * long-open vacancy is not kept and passed on for months.
 *
 * <p>Blocks on the printer: call it off the JavaFX application thread. Issues run one at a time.
 */
public final class SlipIssuer {
    /** The longest a slip is valid. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(14);
    /** Vacancy days and slip dates are read in Western Indonesian Time, as the server reads them. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final Logger LOG = LoggerFactory.getLogger(SlipIssuer.class);
    /** Printed where a job seeker's name goes on a test print. */
    public static final String TEST_PRINT_MARK = "CETAK UJI \u2013 bukan slip rujukan";

    private final KioskStore store;
    private final OutboxStore outbox;
    private final SlipPrinter printer;
    private final Supplier<KeyPair> keys;
    private final Supplier<String> centreId;
    private final Clock clock;
    private final SecureRandom random;
    private final Runnable afterIssue;
    private final SlipContentFactory contents = new SlipContentFactory(SlipText.indonesian(), ZONE);
    private final Object printerLock = new Object();
    private volatile SlipSigner signer;

    /**
     * @param keys the kiosk's key pair, asked for at each issue
     *             ({@code KioskKeysOnDisk.loadOrCreate} in the app)
     * @param centreId the centre this kiosk stands in, as printed at the top of the slip
     * @param afterIssue called after each slip is in the outbox, e.g. to start an upload; must not block
     */
    public SlipIssuer(KioskStore store, SlipPrinter printer, Supplier<KeyPair> keys, Supplier<String> centreId,
                      Clock clock, SecureRandom random, Runnable afterIssue) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = store.outbox();
        this.printer = Objects.requireNonNull(printer, "printer");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.centreId = Objects.requireNonNull(centreId, "centreId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.afterIssue = Objects.requireNonNull(afterIssue, "afterIssue");
    }

    /**
     * Issues a slip for the vacancy and prints it.
     *
     * @param applicant the name and phone the job seeker chose to have printed and sent, or empty
     */
    public IssueOutcome issue(String vacancyId, Optional<Applicant> applicant) {
        Optional<Vacancy> found = store.vacancy(vacancyId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        if (found.isEmpty() || !found.get().isLiveOn(today)) {
            return IssueOutcome.vacancyClosed(vacancyId);
        }
        Vacancy vacancy = found.get();
        SlipSigner slipSigner = signer();
        SlipToken token = new SlipToken(slipSigner.keyId(), SlipId.random(random), vacancy.id(), vacancy.employerId(),
                now, expiry(now, vacancy.validThrough()));
        String qrText = SlipTokenCodec.toText(slipSigner.sign(token));
        Applicant given = applicant.orElse(null);
        IssuedSlip slip = new IssuedSlip(token.slipId().hex(), vacancy.id(), vacancy.employerId(), token.issuedAt(),
                token.expiresAt(), qrText, given == null ? null : given.name(), given == null ? null : given.phone());
        SlipContent content = content(vacancy, token, qrText, given);

        outbox.add(slip);
        LOG.info("slip {} ({}) issued for vacancy {}, valid until {}", slip.slipId(), token.shortCode(), vacancy.id(),
                token.expiresAt());
        try {
            afterIssue.run();
        } catch (RuntimeException e) {
            LOG.warn("after-issue hook failed: {}", e.toString());
        }
        return print(slip, content);
    }

    /**
     * Prints a slip from the outbox again, as issued (same id, QR, name and phone), for staff whose
     * printer failed. Empty when the outbox no longer holds the slip or the kiosk no longer knows
     * its vacancy.
     */
    public Optional<IssueOutcome> reprint(String slipId) {
        Optional<OutboxStore.Entry> entry = outbox.find(slipId);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        IssuedSlip slip = entry.get().slip();
        Optional<Vacancy> vacancy = store.vacancy(slip.vacancyId());
        if (vacancy.isEmpty()) {
            return Optional.empty();
        }
        SlipToken token;
        try {
            token = SlipTokenCodec.decode(SlipTokenCodec.fromText(slip.qrText()));
        } catch (SlipFormatException e) {
            throw new IllegalStateException("the outbox holds slip " + slipId + " with a QR text it cannot read", e);
        }
        Applicant applicant = slip.applicantName() == null && slip.applicantPhone() == null
                ? null : new Applicant(slip.applicantName(), slip.applicantPhone());
        return Optional.of(print(slip, content(vacancy.get(), token, slip.qrText(), applicant)));
    }

    /**
     * A test print for staff: a sample slip for a live vacancy with "CETAK UJI" where a name goes,
     * signed with a throwaway key (never the kiosk's, so its QR verifies nowhere), and kept out of the
     * outbox. Fails when the kiosk holds no live vacancy to print a sample of.
     */
    public PrintResult testPrint() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Vacancy> sample = store.liveVacancies(LocalDate.ofInstant(now, ZONE)).stream().findFirst();
        if (sample.isEmpty()) {
            return PrintResult.failed(PrinterState.UNKNOWN, "no live vacancy to print a sample of");
        }
        Vacancy vacancy = sample.get();
        SlipSigner throwaway = SlipSigner.of(id.anjungan.protocol.slip.KioskKeys.generate());
        SlipToken token = new SlipToken(throwaway.keyId(), SlipId.random(random), vacancy.id(), vacancy.employerId(),
                now, expiry(now, vacancy.validThrough()));
        String qrText = SlipTokenCodec.toText(throwaway.sign(token));
        SlipContent content = content(vacancy, token, qrText, new Applicant(TEST_PRINT_MARK, null));
        synchronized (printerLock) {
            try {
                return printer.print(content);
            } catch (RuntimeException e) {
                LOG.error("the printer failed on a test print", e);
                return PrintResult.failed(PrinterState.OFFLINE, "The printer failed: " + e);
            }
        }
    }

    /** Asks the printer how it is (for the heartbeat), never while it prints a slip. Blocks briefly. */
    public PrinterState printerState() {
        synchronized (printerLock) {
            try {
                return printer.status();
            } catch (RuntimeException e) {
                LOG.warn("printer status failed: {}", e.toString());
                return PrinterState.UNKNOWN;
            }
        }
    }

    /**
     * When a slip issued at {@code issued} for a vacancy open through {@code validThrough} expires:
     * the end of that day in {@link #ZONE} or {@link #MAX_VALIDITY} after issue, whichever is first.
     */
    public static Instant expiry(Instant issued, LocalDate validThrough) {
        Instant endOfLastDay = validThrough.plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant longest = issued.plus(MAX_VALIDITY);
        return endOfLastDay.isBefore(longest) ? endOfLastDay : longest;
    }

    private IssueOutcome print(IssuedSlip slip, SlipContent content) {
        PrintResult result;
        synchronized (printerLock) {
            try {
                result = printer.print(content);
            } catch (RuntimeException e) {
                LOG.error("the printer failed on slip {}", slip.slipId(), e);
                result = PrintResult.failed(PrinterState.OFFLINE, "The printer failed: " + e);
            }
        }
        if (!result.printed()) {
            LOG.warn("slip {} kept in the outbox, not printed: {}", slip.slipId(), result.message());
            return new IssueOutcome(IssueOutcome.Kind.NOT_PRINTED, Optional.of(slip), result.state(), result.message(),
                    Optional.empty());
        }
        outbox.markPrinted(slip.slipId(), clock.instant());
        return new IssueOutcome(IssueOutcome.Kind.PRINTED, Optional.of(slip), result.state(), result.message(),
                png(result.files()));
    }

    private SlipContent content(Vacancy vacancy, SlipToken token, String qrText, Applicant applicant) {
        ReferenceData reference = store.referenceData();
        String centre = centreId.get();
        TrainingCentre trainingCentre = reference.centre(centre).orElseGet(() ->
                new TrainingCentre(centre, centre, TrainingCentreKind.BLKK, "", null, null, List.of()));
        Employer employer = reference.employer(vacancy.employerId()).orElseGet(() -> new Employer(
                vacancy.employerId(), vacancy.employerId(), null, vacancy.regionId(), vacancy.estateId(), null, null,
                null, false));
        IndustrialEstate estate = vacancy.estateId() == null ? null : reference.estate(vacancy.estateId()).orElse(null);
        return contents.create(trainingCentre, vacancy, employer, estate, token, qrText, applicant);
    }

    /** The signer for the key pair in the store now: a kiosk enrolled again signs with its new key. */
    private SlipSigner signer() {
        KeyPair pair = keys.get();
        SlipSigner current = signer;
        if (current == null || !current.keyId().equals(KioskKeys.keyId(pair.getPublic()))) {
            current = SlipSigner.of(pair);
            signer = current;
        }
        return current;
    }

    private static Optional<Path> png(List<Path> files) {
        return files.stream().filter(file -> file.getFileName().toString().endsWith(".png")).findFirst();
    }
}
