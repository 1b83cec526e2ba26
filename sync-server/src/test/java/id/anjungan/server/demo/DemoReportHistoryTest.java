package id.anjungan.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.server.SyncServer;
import id.anjungan.server.account.Principal;
import id.anjungan.server.report.DemandSupply;
import id.anjungan.server.report.DemandSupplyService;
import id.anjungan.server.report.GroupBy;
import id.anjungan.server.report.PlacementReport;
import id.anjungan.server.report.PlacementService;
import id.anjungan.server.report.ReportPeriod;
import id.anjungan.server.report.TraineeSupplyStore;
import id.anjungan.server.audit.AuditLog;
import id.anjungan.server.testing.RunningServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server's referral history: reports are not empty on first start, and always the same. */
class DemoReportHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), SyncServer.ZONE);

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void aDemoServerStartsWithTheSameNonEmptyReportsEveryTimeAndLoadingAgainAddsNothing() {
        PlacementReport one;
        try (RunningServer running = RunningServer.withDemoData(first, CLOCK)) {
            one = placements(running, "admin");
            assertThat(one.rows()).extracting(r -> r.key()).containsExactlyInAnyOrder("blkk-batang-1", "blkk-pemalang-1");
            assertThat(one.total().issued()).isGreaterThan(one.total().presented());
            assertThat(one.total().presented()).isGreaterThan(one.total().interviewed());
            assertThat(one.total().interviewed()).isGreaterThan(one.total().hired());
            assertThat(one.total().hired()).isPositive();
            PlacementReport employer = placements(running, "sepatu.nusantara");
            assertThat(employer.total().issued()).isPositive().isLessThan(one.total().issued());

            assertThat(new DemoReportHistory(running.server().services().database(),
                    running.server().services().vacancyStore(), CLOCK).loadIfAbsent()).isZero();
            assertThat(placements(running, "admin")).isEqualTo(one);
        }
        try (RunningServer again = RunningServer.withDemoData(second, CLOCK)) {
            assertThat(placements(again, "admin")).isEqualTo(one);

            DemandSupply supply = new DemandSupplyService(again.server().services().database(),
                    again.server().services().referenceStore(), again.server().services().vacancyStore(),
                    new TraineeSupplyStore(), new AuditLog(CLOCK), CLOCK).view(principal(again, "staf.batang"), null, 2026);
            assertThat(supply.anyTraineesEntered()).isTrue();
            assertThat(supply.shortageCount()).isPositive().isLessThan(supply.trades().size());
        }
    }

    private static PlacementReport placements(RunningServer running, String username) {
        return new PlacementService(running.server().services().database(), running.server().services().referenceStore(),
                CLOCK).report(principal(running, username), ReportPeriod.lastDays(LocalDate.of(2026, 11, 27), 120),
                GroupBy.CENTRE, null);
    }

    private static Principal principal(RunningServer running, String username) {
        var account = running.server().console().accounts().byUsername(username).orElseThrow();
        return new Principal(account, Set.of("33.25", "33.26", "33.75", "33.27"));
    }
}
