package id.anjungan.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffModelTest {
    private final MutableClock clock = MutableClock.morningOfToday();
    private final List<String> done = new ArrayList<>();
    private final StaffModel.Desk desk = new StaffModel.Desk() {
        @Override
        public StaffModel.Facts facts() {
            return new StaffModel.Facts("http://server", "Tersambung", "e : 7", 12, 3, "READY", "0.1.0", "kiosk-abc");
        }

        @Override
        public void syncNow() throws Exception {
            done.add("sync");
            throw new Exception("server tidak terjangkau");
        }

        @Override
        public List<StaffModel.Slip> recentSlips() {
            return List.of(new StaffModel.Slip("s1", "Operator"));
        }

        @Override
        public String testPrint() {
            return "test";
        }

        @Override
        public String reprint(String slipId) {
            done.add("reprint " + slipId);
            return "ok";
        }
    };
    private final StaffModel model = new StaffModel(new Messages(Language.INDONESIAN), clock, "2468", desk,
            Runnable::run, Runnable::run, () -> done.add("exit"));

    private void type(String pin) {
        pin.chars().forEach(c -> model.digit(c - '0'));
    }

    @Test
    void theRightPinOpensThePanelWithTheKiosksState() {
        model.open();
        type("2468");
        assertThat(model.dotsProperty().get()).isEqualTo("\u25CF\u25CF\u25CF\u25CF");
        model.submit();

        assertThat(model.stepProperty().get()).isEqualTo(StaffModel.Step.PANEL);
        assertThat(model.factsProperty().get().kioskId()).isEqualTo("kiosk-abc");
        assertThat(model.slips()).hasSize(1);
        assertThat(model.dotsProperty().get()).isEmpty();
    }

    @Test
    void aWrongPinIsRefusedAndFiveInARowMeanAMinutesWait() {
        model.open();
        type("1111");
        model.submit();
        assertThat(model.stepProperty().get()).isEqualTo(StaffModel.Step.PIN);
        assertThat(model.pinMessageProperty().get()).isEqualTo("PIN salah. Sisa percobaan: 4");

        for (int i = 0; i < 4; i++) {
            type("1111");
            model.submit();
        }
        assertThat(model.pinMessageProperty().get()).isEqualTo("Terlalu banyak PIN salah. Tunggu 60 detik.");
        type("2468");
        model.submit();
        assertThat(model.stepProperty().get()).isEqualTo(StaffModel.Step.PIN);

        clock.advance(Duration.ofSeconds(61));
        type("2468");
        model.submit();
        assertThat(model.stepProperty().get()).isEqualTo(StaffModel.Step.PANEL);
    }

    @Test
    void actionsSayHowTheyWentAndExitOnlyFromThePanel() {
        model.exit();
        assertThat(done).isEmpty();
        model.open();
        type("2468");
        model.submit();

        model.syncNow();
        assertThat(model.actionMessageProperty().get()).isEqualTo("Sinkronisasi gagal: server tidak terjangkau");
        model.reprint("s1");
        assertThat(model.actionMessageProperty().get()).isEqualTo("ok");
        model.exit();
        assertThat(done).containsExactly("sync", "reprint s1", "exit");

        model.close();
        assertThat(model.stepProperty().get()).isEqualTo(StaffModel.Step.CLOSED);
    }
}
