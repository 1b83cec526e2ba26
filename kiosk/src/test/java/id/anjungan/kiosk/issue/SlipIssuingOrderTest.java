package id.anjungan.kiosk.issue;

import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.printer.PrintResult;
import id.anjungan.kiosk.printer.SlipPrinter;
import id.anjungan.kiosk.slip.SlipContent;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.slip.KioskKeys;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of one issue, and the expiry rule, with the small test catalogue and printers that misbehave. */
class SlipIssuingOrderTest {
    private static final KeyPair KEYS = KioskKeys.generate();

    @TempDir
    Path folder;

    private Path file;
    private KioskStore store;
    private final MutableClock clock = MutableClock.morningOfToday();
    private final AtomicInteger nudges = new AtomicInteger();

    @BeforeEach
    void openStore() {
        file = folder.resolve("kiosk.db");
        store = KioskStore.open(file);
        store.replaceCatalog(catalog(openVacancy("v-open", 3),
                vacancy("v-today", TestCatalog.TODAY.minusDays(9), TestCatalog.TODAY),
                vacancy("v-gone", TestCatalog.TODAY.minusDays(30), TestCatalog.TODAY.minusDays(1))), clock.instant());
    }

    private SlipIssuer issuer(SlipPrinter printer) {
        return new SlipIssuer(store, printer, () -> KEYS, () -> TestCatalog.CENTRE.id(), clock, new SecureRandom(),
                nudges::incrementAndGet);
    }

    /** A printer that looks into the kiosk's database file from outside when asked to print, then fails. */
    private final class CrashingPrinter implements SlipPrinter {
        final List<Boolean> rowOnDiskWhenPrinting = new ArrayList<>();

        @Override
        public PrintResult print(SlipContent slip) {
            try (Connection outside = DriverManager.getConnection("jdbc:sqlite:" + file);
                 PreparedStatement query = outside.prepareStatement("SELECT COUNT(*) FROM outbox WHERE printed_at IS NULL");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                rowOnDiskWhenPrinting.add(rows.getInt(1) == 1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("printer driver crashed");
        }

        @Override
        public PrinterState status() {
            return PrinterState.OFFLINE;
        }
    }

    @Test
    void theSlipIsCommittedToTheOutboxBeforeThePrinterIsAskedAndSurvivesAPrinterThatCrashes() {
        CrashingPrinter printer = new CrashingPrinter();

        IssueOutcome outcome = issuer(printer).issue("v-open", Optional.empty());

        assertThat(printer.rowOnDiskWhenPrinting).containsExactly(true);
        assertThat(outcome.kind()).isEqualTo(IssueOutcome.Kind.NOT_PRINTED);
        assertThat(outcome.printerState()).isEqualTo(PrinterState.OFFLINE);
        assertThat(KioskStore.open(file).outbox().pending(10)).containsExactly(outcome.slip().orElseThrow());
        assertThat(nudges).hasValue(1);
    }

    @Test
    void aVacancyThatClosedYesterdayGetsNoSlipButOneClosingTonightDoesUntilMidnight() {
        SlipIssuer issuer = issuer(new CrashingPrinter());

        assertThat(issuer.issue("v-gone", Optional.empty()).kind()).isEqualTo(IssueOutcome.Kind.VACANCY_CLOSED);
        IssueOutcome tonight = issuer.issue("v-today", Optional.empty());

        assertThat(tonight.slip().orElseThrow().expiresAt()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(nudges).hasValue(1);
    }

    @Test
    void aSlipExpiresAtTheEndOfTheVacancysLastDayInJakartaOrAfterFourteenDaysWhicheverIsFirst() {
        Instant morning = Instant.parse("2026-12-05T03:00:00Z"); // 10:00 WIB

        assertThat(SlipIssuer.expiry(morning, LocalDate.of(2026, 12, 11))).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));
        assertThat(SlipIssuer.expiry(morning, LocalDate.of(2027, 3, 31))).isEqualTo(Instant.parse("2026-12-19T03:00:00Z"));
        assertThat(SlipIssuer.expiry(morning, LocalDate.of(2026, 12, 19))).isEqualTo(Instant.parse("2026-12-19T03:00:00Z"));
        assertThat(SlipIssuer.expiry(morning, LocalDate.of(2026, 12, 5))).isEqualTo(Instant.parse("2026-12-05T17:00:00Z"));
    }

    @Test
    void everySlipGetsItsOwnRandomId() {
        SlipIssuer issuer = issuer(new CrashingPrinter());

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(issuer.issue("v-open", Optional.empty()).slip().orElseThrow().slipId());
        }

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(store.outbox().pendingCount()).isEqualTo(20);
    }
}
