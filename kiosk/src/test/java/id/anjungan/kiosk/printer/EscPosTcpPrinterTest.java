package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.printer.FakeEscPosPrinter.Replies;
import id.anjungan.kiosk.slip.DemoSlips;
import id.anjungan.kiosk.slip.PaperWidth;
import id.anjungan.kiosk.slip.QrReading;
import id.anjungan.kiosk.slip.RasterSlipRenderer;
import id.anjungan.kiosk.slip.SlipFonts;
import id.anjungan.protocol.kiosk.PrinterState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EscPosTcpPrinterTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final RasterSlipRenderer RENDERER = new RasterSlipRenderer(SlipFonts.installed());

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void aReadyPrinterGetsOneJobThatInitialisesPrintsARasterAsWideAsTheHeadAndCuts(PaperWidth paper) throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            PrintResult result = printer(fake, paper, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).as(result.message()).isTrue();
            assertThat(result.state()).isEqualTo(PrinterState.READY);
            byte[] job = fake.nextJob(WAIT);
            assertThat(job).startsWith(0x1B, '@');
            assertThat(Arrays.copyOfRange(job, job.length - 4, job.length)).containsExactly(0x1D, 'V', 66, 0);
            assertThat(EscPosJobs.rasterBands(job)).isNotEmpty()
                    .allSatisfy(band -> assertThat(band.bytesPerRow()).isEqualTo(paper == PaperWidth.MM_58 ? 48 : 72));
        }
    }

    @Test
    void theStatusIsAskedBeforeTheJobIsSent() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            printer(fake, PaperWidth.MM_58, false).print(DemoSlips.withoutApplicant());

            assertThat(fake.statusRequests()).containsExactly(1, 2, 4);
            assertThat(fake.nextJob(WAIT)).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void thePrintedRasterReadsBackAsTheSignedToken(PaperWidth paper) throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            printer(fake, paper, false).print(DemoSlips.withApplicant());

            String scanned = QrReading.text(EscPosJobs.rasterPicture(fake.nextJob(WAIT)));

            assertThat(scanned).isEqualTo(DemoSlips.qrText());
            assertThat(DemoSlips.verifier().verify(scanned, DemoSlips.DURING, DemoSlips.EMPLOYER_ID).isValid()).isTrue();
        }
    }

    @Test
    void withPaperOutNothingIsSentAndTheResultSaysOutOfPaper() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.PAPER_OUT)) {
            PrintResult result = printer(fake, PaperWidth.MM_58, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).isFalse();
            assertThat(result.state()).isEqualTo(PrinterState.OUT_OF_PAPER);
            assertThat(result.message()).contains("not printed", "out of paper", "new roll");
            assertThat(fake.nextJob(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void withTheCoverOpenNothingIsSentAndTheResultSaysCoverOpen() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.COVER_OPEN)) {
            PrintResult result = printer(fake, PaperWidth.MM_80, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).isFalse();
            assertThat(result.state()).isEqualTo(PrinterState.COVER_OPEN);
            assertThat(result.message()).contains("cover open");
            assertThat(fake.nextJob(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void anOfflinePrinterWithAnErrorGetsNoJob() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.ERROR)) {
            PrintResult result = printer(fake, PaperWidth.MM_58, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).isFalse();
            assertThat(result.state()).isEqualTo(PrinterState.OFFLINE);
            assertThat(fake.nextJob(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void withPaperLowTheSlipPrintsAndStaffAreToldToChangeTheRollSoon() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.PAPER_LOW)) {
            PrintResult result = printer(fake, PaperWidth.MM_58, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).isTrue();
            assertThat(result.state()).isEqualTo(PrinterState.PAPER_LOW);
            assertThat(result.message()).contains("running out of paper");
            assertThat(fake.nextJob(WAIT)).isNotNull();
        }
    }

    @Test
    void aPrinterThatNeverAnswersStatusStillGetsTheJobReportedAsUnknown() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(null)) {
            PrintResult result = printer(fake, PaperWidth.MM_58, false).print(DemoSlips.withApplicant());

            assertThat(result.printed()).isTrue();
            assertThat(result.state()).isEqualTo(PrinterState.UNKNOWN);
            assertThat(fake.statusRequests()).containsExactly(1);
            assertThat(fake.nextJob(WAIT)).startsWith(0x1B, '@');
        }
    }

    @Test
    void whenNothingListensThePrinterIsOfflineAndTheMessageSaysWhere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SlipPrinter printer = SlipPrinters.create(
                PrinterConfig.escPosTcp("127.0.0.1", closedPort, PaperWidth.MM_58, false), RENDERER);

        PrintResult result = printer.print(DemoSlips.withApplicant());

        assertThat(result.printed()).isFalse();
        assertThat(result.state()).isEqualTo(PrinterState.OFFLINE);
        assertThat(result.message()).contains("127.0.0.1:" + closedPort, "switched off");
        assertThat(printer.status()).isEqualTo(PrinterState.OFFLINE);
    }

    @Test
    void statusReportsWhatThePrinterSaysAndSendsNoJob() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            SlipPrinter printer = printer(fake, PaperWidth.MM_58, false);

            assertThat(printer.status()).isEqualTo(PrinterState.READY);
            fake.answer(Replies.PAPER_OUT);
            assertThat(printer.status()).isEqualTo(PrinterState.OUT_OF_PAPER);
            fake.answer(Replies.COVER_OPEN);
            assertThat(printer.status()).isEqualTo(PrinterState.COVER_OPEN);
            assertThat(fake.nextJob(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void withNativeQrTheJobCarriesGsParenKWithTheTokenText() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            printer(fake, PaperWidth.MM_80, true).print(DemoSlips.withApplicant());

            byte[] job = fake.nextJob(WAIT);
            byte[] text = DemoSlips.qrText().getBytes(StandardCharsets.US_ASCII);
            int store = EscPosJobs.indexOf(job, new byte[] {0x1D, '(', 'k'});
            assertThat(store).isPositive();
            int length = text.length + 3;
            byte[] storeCommand = {0x1D, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8), 0x31, 0x50, 0x30};
            int data = EscPosJobs.indexOf(job, storeCommand);
            assertThat(data).isPositive();
            assertThat(Arrays.copyOfRange(job, data + storeCommand.length, data + storeCommand.length + text.length))
                    .isEqualTo(text);
            assertThat(EscPosJobs.indexOf(job, new byte[] {0x1D, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0}))
                    .as("model 2").isPositive();
            assertThat(EscPosJobs.indexOf(job, new byte[] {0x1D, '(', 'k', 3, 0, 0x31, 0x51, 0x30}))
                    .as("print the stored QR").isGreaterThan(data);
            assertThat(job).startsWith(0x1B, '@');
            assertThat(EscPosJobs.rasterBands(job)).allSatisfy(band -> assertThat(band.bytesPerRow()).isEqualTo(72));
        }
    }

    @Test
    void withNativeQrTheRasterPartsHoldNoQr() throws Exception {
        try (FakeEscPosPrinter fake = FakeEscPosPrinter.start(Replies.READY)) {
            printer(fake, PaperWidth.MM_58, true).print(DemoSlips.withoutApplicant());

            byte[] job = fake.nextJob(WAIT);
            List<EscPosJobs.RasterBand> bands = EscPosJobs.rasterBands(job);
            int rows = bands.stream().mapToInt(EscPosJobs.RasterBand::rows).sum();
            int fullSlipRows = RENDERER.render(DemoSlips.withoutApplicant(), PaperWidth.MM_58).getHeight();
            assertThat(rows).isLessThan(fullSlipRows - 250);
        }
    }

    private static SlipPrinter printer(FakeEscPosPrinter fake, PaperWidth paper, boolean nativeQr) throws IOException {
        return SlipPrinters.create(PrinterConfig.escPosTcp(fake.host(), fake.port(), paper, nativeQr)
                .withTimeout(Duration.ofMillis(400)), RENDERER);
    }
}
