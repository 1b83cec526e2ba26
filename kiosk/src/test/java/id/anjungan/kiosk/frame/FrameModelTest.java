package id.anjungan.kiosk.frame;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.sync.ConnectionState;
import id.anjungan.kiosk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class FrameModelTest {
    private final MutableClock clock = MutableClock.morningOfToday();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final Navigator navigator = new Navigator();
    private final SimpleObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.CONNECTING);
    private final SimpleObjectProperty<Instant> lastUpdated = new SimpleObjectProperty<>();
    private Optional<String> centre = Optional.empty();

    private final FrameModel model = new FrameModel(messages, new Formats(messages), navigator,
            connection, lastUpdated, clock, () -> centre);

    @Test
    void beforeTheFirstSyncItSaysItIsConnectingAndHasNoData() {
        assertThat(model.connectionTextProperty().get()).isEqualTo("Menghubungkan ke server\u2026");
        assertThat(model.dataAgeTextProperty().get()).isEqualTo("Belum ada data lowongan");
        assertThat(model.centreNameProperty().get()).isEqualTo("Anjungan Bursa Kerja");
    }

    @Test
    void showsTheCentreNameOnceTheReferenceDataKnowsIt() {
        centre = Optional.of("BLK Komunitas Darul Ulum Batang");

        lastUpdated.set(clock.instant());

        assertThat(model.centreNameProperty().get()).isEqualTo("BLK Komunitas Darul Ulum Batang");
    }

    @Test
    void tellsHowOldTheDataIs() {
        lastUpdated.set(clock.instant());
        connection.set(ConnectionState.ONLINE);
        assertThat(model.dataAgeTextProperty().get()).isEqualTo("Data diperbarui baru saja");

        clock.advance(Duration.ofMinutes(3));
        model.tick();

        assertThat(model.dataAgeTextProperty().get()).isEqualTo("Data diperbarui 3 menit lalu");
        assertThat(model.connectionTextProperty().get()).isEqualTo("Tersambung");
    }

    @Test
    void saysTheKioskWaitsForEnrolmentInsteadOfOfflineUntilStaffEnrolIt() {
        connection.set(ConnectionState.OFFLINE);

        model.enrolmentNeeded(true);

        assertThat(model.connectionTextProperty().get())
                .isEqualTo("Belum terdaftar");

        model.enrolmentNeeded(false);

        assertThat(model.connectionTextProperty().get()).isEqualTo(messages.text("status.offline"));
    }

    @Test
    void saysWhenItIsOffline() {
        connection.set(ConnectionState.OFFLINE);

        assertThat(model.connectionTextProperty().get()).isEqualTo(messages.text("status.offline"));
        assertThat(model.connectionTextProperty().get()).startsWith("Offline");
    }

    @Test
    void theLanguageButtonSwitchesEveryTextLive() {
        connection.set(ConnectionState.OFFLINE);

        model.switchLanguage();

        assertThat(messages.language()).isEqualTo(Language.ENGLISH);
        assertThat(model.connectionTextProperty().get()).isEqualTo("Offline: showing the stored vacancies");
        assertThat(model.dataAgeTextProperty().get()).isEqualTo("No vacancy data yet");
    }

    @Test
    void helpOpensAndBackOrHomeCloseIt() {
        navigator.openVacancy("a");
        model.showHelp();
        assertThat(model.helpShownProperty().get()).isTrue();

        model.back();

        assertThat(model.helpShownProperty().get()).isFalse();
        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(model.canGoBackProperty().get()).isFalse();
    }

    @Test
    void anIdleKioskGoesBackToTheListInItsFirstLanguage() {
        navigator.openVacancy("a");
        model.switchLanguage();
        model.showHelp();

        model.resetForNextJobSeeker();

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(messages.language()).isEqualTo(Language.INDONESIAN);
        assertThat(model.helpShownProperty().get()).isFalse();
    }
}
