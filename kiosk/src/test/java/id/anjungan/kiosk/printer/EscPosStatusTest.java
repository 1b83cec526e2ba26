package id.anjungan.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.protocol.kiosk.PrinterState;
import org.junit.jupiter.api.Test;

class EscPosStatusTest {

    @Test
    void aPrinterWithOnlyTheFixedBitsSetIsReady() {
        assertThat(EscPosStatus.state(0x12, 0x12, 0x12)).isEqualTo(PrinterState.READY);
        assertThat(EscPosStatus.state(0x16, 0x12, 0x12)).as("drawer pin high does not matter").isEqualTo(PrinterState.READY);
    }

    @Test
    void paperEndAtTheSensorOrAsTheOfflineCauseMeansOutOfPaper() {
        assertThat(EscPosStatus.state(0x1E, 0x12, 0x72)).isEqualTo(PrinterState.OUT_OF_PAPER);
        assertThat(EscPosStatus.state(0x1E, 0x32, 0x12)).isEqualTo(PrinterState.OUT_OF_PAPER);
        assertThat(EscPosStatus.state(0x16, -1, 0x72)).isEqualTo(PrinterState.OUT_OF_PAPER);
    }

    @Test
    void anOpenCoverComesBeforeThePaperItHidesFromTheSensor() {
        assertThat(EscPosStatus.state(0x1E, 0x16, 0x72)).isEqualTo(PrinterState.COVER_OPEN);
    }

    @Test
    void theNearEndSensorMeansPaperLow() {
        assertThat(EscPosStatus.state(0x16, 0x12, 0x1E)).isEqualTo(PrinterState.PAPER_LOW);
    }

    @Test
    void offlineWithoutAKnownCauseOrWithAnErrorIsOffline() {
        assertThat(EscPosStatus.state(0x1E, 0x12, 0x12)).isEqualTo(PrinterState.OFFLINE);
        assertThat(EscPosStatus.state(0x16, 0x52, 0x12)).isEqualTo(PrinterState.OFFLINE);
    }

    @Test
    void bytesWithoutTheFixedBitsAreNotStatusReplies() {
        assertThat(EscPosStatus.isReply(0x12)).isTrue();
        assertThat(EscPosStatus.isReply(0x00)).isFalse();
        assertThat(EscPosStatus.isReply(0xFF)).isFalse();
        assertThat(EscPosStatus.isReply(0x13)).isFalse();
        assertThat(EscPosStatus.isReply(-1)).isFalse();
        assertThat(EscPosStatus.state(-1, -1, -1)).isEqualTo(PrinterState.UNKNOWN);
        assertThat(EscPosStatus.state(0x00, 0xFF, 0x01)).isEqualTo(PrinterState.UNKNOWN);
    }

    @Test
    void onlyOutOfPaperCoverOpenAndOfflineStopAJob() {
        assertThat(PrinterState.values()).filteredOn(EscPosStatus::stopsPrinting)
                .containsExactlyInAnyOrder(PrinterState.OUT_OF_PAPER, PrinterState.COVER_OPEN, PrinterState.OFFLINE);
    }
}
