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
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowseLongListTest {
    private static final int MANY = 1_000;

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Language.INDONESIAN);

    @Test
    void aLongListHoldsEveryMatchNewestFirst() {
        BrowseModel model = modelWith(MANY);
        model.reload();

        assertThat(model.cards()).hasSize(MANY);
        assertThat(model.countProperty().get()).isEqualTo(MANY);
        assertThat(model.cards().get(0).vacancyId()).isEqualTo("v-0000");
        assertThat(model.cards().get(MANY - 1).vacancyId()).as("the last of the oldest day").isEqualTo("v-0989");
    }

    @Test
    void everyChangeReplacesTheWholeListOnceAndSaysWhetherTheListKeepsItsPlace() {
        BrowseModel model = modelWith(MANY);
        model.reload();
        List<String> changes = new ArrayList<>();
        model.cards().addListener((ListChangeListener<VacancyCard>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + "-" + change.getTo() + " replacing " + change.getRemovedSize()
                        + (model.lastChangeKeepsPlace() ? ", in place" : ", from the top"));
            }
        });

        model.search("juru");
        model.reload(); // a sync
        model.search("juru zzz");

        assertThat(changes).containsExactly("0-1000 replacing 1000, from the top", "0-1000 replacing 1000, in place",
                "0-0 replacing 1000, from the top");
        assertThat(model.indexOf("v-0030")).isEmpty();
        model.clear();
        assertThat(model.indexOf("v-0030")).as("second of the newest day").hasValue(1);
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
