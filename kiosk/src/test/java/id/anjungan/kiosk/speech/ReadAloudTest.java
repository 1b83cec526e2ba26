package id.anjungan.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadAloudTest {
    private final FakeSpeechEngine engine = new FakeSpeechEngine();
    private final List<Runnable> background = new ArrayList<>();
    private final ReadAloud readAloud = new ReadAloud(Optional.of(engine), background::add, Runnable::run);

    @Test
    void thePressStartsTheEngineOffTheCallingThreadAndThePressAgainStopsIt() {
        readAloud.toggle("Juru Las. PT Baja Contoh.", Language.INDONESIAN);

        assertThat(readAloud.speakingProperty().get()).isTrue();
        assertThat(engine.readings()).as("nothing started on the UI thread").isEmpty();
        runBackground();
        assertThat(engine.last().text).isEqualTo("Juru Las. PT Baja Contoh.");
        assertThat(engine.last().language).isEqualTo(Language.INDONESIAN);

        readAloud.toggle("Juru Las. PT Baja Contoh.", Language.INDONESIAN);

        assertThat(engine.last().stopped()).isTrue();
        assertThat(readAloud.speakingProperty().get()).isFalse();
    }

    @Test
    void aReadingThatEndsByItselfLetsTheButtonSayDengarkanAgain() {
        readAloud.toggle("Teks", Language.ENGLISH);
        runBackground();

        engine.last().endByItself();

        assertThat(readAloud.speakingProperty().get()).isFalse();
    }

    @Test
    void stoppedWhileTheEngineWasStillStartingTheReadingIsStoppedAsSoonAsItStarts() {
        readAloud.toggle("Teks", Language.INDONESIAN);
        readAloud.stop();

        runBackground();

        assertThat(engine.last().stopped()).isTrue();
        assertThat(readAloud.speakingProperty().get()).isFalse();
    }

    @Test
    void anOldReadingEndingLateDoesNotEndTheNewOne() {
        readAloud.start("Pertama", Language.INDONESIAN);
        runBackground();
        FakeSpeechEngine.Reading first = engine.last();

        readAloud.start("Kedua", Language.INDONESIAN);
        runBackground();
        first.endByItself();

        assertThat(first.stopped()).isTrue();
        assertThat(engine.last().text).isEqualTo("Kedua");
        assertThat(readAloud.speakingProperty().get()).isTrue();
    }

    @Test
    void anEngineThatFailsToStartLeavesTheButtonReadyInsteadOfStuck() {
        engine.breakDown();

        readAloud.toggle("Teks", Language.INDONESIAN);
        runBackground();

        assertThat(readAloud.speakingProperty().get()).isFalse();
    }

    @Test
    void withoutAnEngineNothingIsAvailableAndAPressDoesNothing() {
        ReadAloud none = ReadAloud.none();

        none.toggle("Teks", Language.INDONESIAN);

        assertThat(none.available()).isFalse();
        assertThat(none.speakingProperty().get()).isFalse();
    }

    private void runBackground() {
        List<Runnable> tasks = new ArrayList<>(background);
        background.clear();
        tasks.forEach(Runnable::run);
    }
}
