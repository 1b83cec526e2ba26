package id.anjungan.kiosk.attract;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.kiosk.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttractModelTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.morningOfToday();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final Formats formats = new Formats(messages);
    private final SimpleObjectProperty<Instant> lastUpdated = new SimpleObjectProperty<>();
    private int listOpened;
    private AttractModel model;

    @BeforeEach
    void fillStore() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(
                openVacancy("last-week", 7),
                openVacancy("today", 0),
                vacancy("expired", TODAY.minusDays(20), TODAY.minusDays(1))), Instant.now());
        model = new AttractModel(store, clock, messages, new VacancyTexts(messages, formats), formats, lastUpdated,
                () -> Optional.of(TestCatalog.CENTRE.name()), () -> listOpened++);
        model.reload();
    }

    @Test
    void countsLiveVacanciesAndTheirEmployers() {
        assertThat(model.countTextProperty().get()).isEqualTo("2 lowongan dari 1 perusahaan");
        assertThat(model.centreNameProperty().get()).isEqualTo(TestCatalog.CENTRE.name());
    }

    @Test
    void showsTheNewestVacanciesInTurnWithEmployerAndPlace() {
        assertThat(model.teaserCount()).isEqualTo(2);
        String first = model.teaserTitleProperty().get();
        assertThat(model.teaserEmployerProperty().get()).isEqualTo(TestCatalog.EMPLOYER.name());
        assertThat(model.teaserPlaceProperty().get()).isNotBlank();

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            seen.add(model.teaserTitleProperty().get());
            model.next();
        }
        assertThat(seen).hasSize(2);
        assertThat(model.teaserTitleProperty().get()).isEqualTo(first);
    }

    @Test
    void saysHowOldTheDataIs() {
        assertThat(model.dataAgeTextProperty().get()).isEqualTo("Belum ada data lowongan");
        lastUpdated.set(clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(model.dataAgeTextProperty().get()).isEqualTo("Data diperbarui 5 menit lalu");
    }

    @Test
    void aTouchOpensTheListAndShowBringsItBack() {
        assertThat(model.shownProperty().get()).isTrue();
        model.start();
        assertThat(model.shownProperty().get()).isFalse();
        assertThat(listOpened).isEqualTo(1);
        model.show();
        assertThat(model.shownProperty().get()).isTrue();
    }

    @Test
    void choosingALanguageSwitchesAndStays() {
        model.choose(Language.ENGLISH);
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.countTextProperty().get()).isEqualTo("2 vacancies from 1 employer");
        assertThat(model.languages()).contains(Language.INDONESIAN, Language.ENGLISH);
    }
}
