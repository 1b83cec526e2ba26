package id.anjungan.kiosk.browse;

import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.Catalog;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowsePagingTest {
    private static final int MANY = BrowseModel.PAGE * 2 + 10;

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Language.INDONESIAN);

    @Test
    void aLongListMakesOnePageOfCardsAtATimeWhileTheCountSaysHowManyMatch() {
        BrowseModel model = modelWith(MANY);
        model.reload();

        assertThat(model.cards()).hasSize(BrowseModel.PAGE);
        assertThat(model.countProperty().get()).isEqualTo(MANY);
        assertThat(model.moreProperty().get()).isTrue();

        model.showMore();
        model.showMore();

        assertThat(model.cards()).hasSize(MANY);
        assertThat(model.moreProperty().get()).isFalse();
        assertThat(model.cards().get(0).vacancyId()).isEqualTo("v-0000");
    }

    @Test
    void typingStartsAgainFromTheFirstPageButALiveUpdateKeepsTheCardsShown() {
        BrowseModel model = modelWith(MANY);
        model.reload();
        model.showMore();

        model.reload();
        assertThat(model.cards()).as("a sync does not shorten the list under a finger").hasSize(2 * BrowseModel.PAGE);

        model.search("juru");
        assertThat(model.cards()).hasSize(BrowseModel.PAGE);
        assertThat(model.countProperty().get()).isEqualTo(MANY);
    }

    @Test
    void aKeystrokeMakesAScreenfulOfCardsAtOnceAndTheRestOfThePageLaterUnlessTypingGoesOn() {
        BrowseModel model = modelWith(MANY);
        List<Runnable> later = new ArrayList<>();
        model.makeRestOfPageWith(later::add);
        model.reload();

        model.search("juru");
        assertThat(model.cards()).hasSize(BrowseModel.FIRST_SCREENFUL);
        assertThat(model.countProperty().get()).isEqualTo(MANY);
        model.search("juru las");
        later.get(0).run();
        assertThat(model.cards()).as("the older keystroke's page is not made").hasSize(BrowseModel.FIRST_SCREENFUL);
        later.remove(0);
        while (!later.isEmpty()) {
            later.remove(0).run();
        }

        assertThat(model.cards()).hasSize(BrowseModel.PAGE);
        assertThat(model.cards().get(0).vacancyId()).isEqualTo("v-0000");
    }

    @Test
    void readInTheBackgroundTheListAppearsOnTheUiThreadAndAnOlderReadLosesToANewerReload() {
        BrowseModel model = modelWith(3);
        List<Runnable> background = new ArrayList<>();
        List<Runnable> ui = new ArrayList<>();
        boolean[] then = {false};

        model.reloadInBackground(background::add, ui::add, () -> then[0] = true);
        assertThat(model.cards()).isEmpty();
        background.forEach(Runnable::run);
        assertThat(model.cards()).as("nothing changes off the UI thread").isEmpty();
        ui.forEach(Runnable::run);

        assertThat(model.cards()).hasSize(3);
        assertThat(then[0]).isTrue();

        List<Runnable> late = new ArrayList<>();
        model.reloadInBackground(Runnable::run, late::add, () -> { }); // reads the three vacancies
        store.replaceCatalog(new Catalog(vacancies(5), TestCatalog.reference()), Instant.now());
        model.reload(); // a sync applied meanwhile
        late.forEach(Runnable::run);

        assertThat(model.cards()).as("the older read is dropped").hasSize(5);
    }

    private KioskStore store;

    private BrowseModel modelWith(int count) {
        store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(new Catalog(vacancies(count), TestCatalog.reference()), Instant.now());
        MutableClock clock = MutableClock.morningOfToday();
        return new BrowseModel(store, clock, messages, new VacancyTexts(messages, new Formats(messages)), id -> { });
    }

    /** v-0000 is the newest. */
    private static List<Vacancy> vacancies(int count) {
        List<Vacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vacancies.add(openVacancy(String.format("v-%04d", i), i % 30));
        }
        return vacancies;
    }
}
