package id.anjungan.kiosk.browse;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.vacancy;
import static id.anjungan.kiosk.testing.TestCatalog.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.detail.DetailModel;
import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.frame.Navigator;
import id.anjungan.kiosk.frame.Screen;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.protocol.vacancy.VacancyStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowseModelTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.morningOfToday();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
    private final Navigator navigator = new Navigator();
    private KioskStore store;
    private BrowseModel model;

    @BeforeEach
    void fillStore() {
        store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(
                openVacancy("last-week", 7),
                openVacancy("today", 0),
                vacancy("expired", TODAY.minusDays(20), TODAY.minusDays(1)),
                withStatus(openVacancy("filled", 0), VacancyStatus.FILLED),
                vacancy("closes-today", TODAY.minusDays(3), TODAY)), Instant.now());
        model = new BrowseModel(store, clock, messages, texts, navigator::openVacancy);
    }

    @Test
    void listsOnlyLiveVacanciesNewestFirst() {
        model.reload();

        assertThat(model.cards()).extracting(VacancyCard::vacancyId).containsExactly("today", "closes-today", "last-week");
    }

    @Test
    void countsTheVacanciesInWords() {
        model.reload();

        assertThat(model.countProperty().get()).isEqualTo(3);
        assertThat(model.countTextProperty().get()).isEqualTo("3 lowongan");
    }

    @Test
    void aCardShowsWhatAJobSeekerLooksForFirst() {
        model.reload();

        VacancyCard card = model.cards().get(0);
        assertThat(card.title()).isEqualTo("Juru Las today");
        assertThat(card.employer()).isEqualTo("PT Baja Contoh (fiktif)");
        assertThat(card.place()).isEqualTo("KIT Batang, Kabupaten Batang");
        assertThat(card.pay()).isEqualTo("Rp 2.850.000 \u2013 Rp 3.200.000 per bulan");
        assertThat(card.deadline()).isEqualTo("31 Des 2026");
        assertThat(card.openings()).isEqualTo("4 orang");
        assertThat(card.tradeId()).isEqualTo("las");
    }

    @Test
    void switchingLanguageRewritesTheCards() {
        model.reload();

        messages.switchLanguage();

        assertThat(model.cards().get(0).deadline()).isEqualTo("31 Dec 2026");
        assertThat(model.countTextProperty().get()).isEqualTo("3 vacancies");
    }

    @Test
    void aVacancyDisappearsWhenItsLastDayHasPassed() {
        model.reload();
        model.reloadIfDayChanged();
        assertThat(model.cards()).extracting(VacancyCard::vacancyId).contains("closes-today");

        clock.advance(Duration.ofHours(16));
        model.reloadIfDayChanged();

        assertThat(model.cards()).extracting(VacancyCard::vacancyId).containsExactly("today", "last-week");
    }

    @Test
    void choosingACardOpensItsDetailAndBackReturnsToTheList() {
        DetailModel detail = new DetailModel(store, clock, messages, texts);
        navigator.currentProperty().addListener((observable, old, screen) -> {
            if (screen instanceof Screen.VacancyDetail shown) {
                detail.show(shown.vacancyId());
            }
        });
        model.reload();

        model.open("last-week");

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyDetail("last-week"));
        assertThat(detail.detailsProperty().get().title()).isEqualTo("Juru Las last-week");

        navigator.back();

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(navigator.canGoBackProperty().get()).isFalse();
    }
}
