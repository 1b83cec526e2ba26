package id.anjungan.kiosk.browse;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import id.anjungan.protocol.vacancy.EducationLevel;
import id.anjungan.protocol.vacancy.EmploymentType;
import id.anjungan.protocol.vacancy.Requirements;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search text, filter chips and order on the list, without the JavaFX thread. */
class BrowseFilterTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.morningOfToday();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final VacancyTexts texts = new VacancyTexts(messages, new Formats(messages));
    private final List<String> opened = new ArrayList<>();
    private BrowseModel model;

    @BeforeEach
    void fillStore() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(
                openVacancy("welder", 3),
                variant(openVacancy("welder-wiradesa", 5), "Juru Las Pipa", "las", null, "Wiradesa",
                        EmploymentType.CONTRACTOR, 2, EducationLevel.SMP, 10),
                variant(openVacancy("tailor", 1), "Penjahit Garmen", "menjahit", "kit-batang", "Gringsing",
                        EmploymentType.FULL_TIME, 40, EducationLevel.SD, 20),
                variant(openVacancy("electrician", 9), "Teknisi Listrik", "listrik", "kit-batang", "Gringsing",
                        EmploymentType.INTERN, 1, null, 5)), Instant.now());
        model = new BrowseModel(store, clock, messages, texts, opened::add);
        model.reload();
    }

    @Test
    void everyLiveVacancyNewestFirstBeforeAnythingIsChosen() {
        assertThat(ids()).containsExactly("tailor", "welder", "welder-wiradesa", "electrician");
        assertThat(model.narrowedProperty().get()).isFalse();
        assertThat(model.noMatchProperty().get()).isFalse();
    }

    @Test
    void chipsOfferEveryTradePlaceEducationAndEmploymentTypeOnTheList() {
        assertThat(labels(FilterKind.TRADE)).containsExactly("Las", "Listrik", "Menjahit");
        assertThat(labels(FilterKind.PLACE)).containsExactly("KIT Batang", "Wiradesa");
        assertThat(labels(FilterKind.EDUCATION)).containsExactly("SD", "SMP", "SMK");
        assertThat(labels(FilterKind.EMPLOYMENT)).containsExactly("Penuh waktu", "Kontrak", "Magang");
    }

    @Test
    void aTradeChipShowsOnlyThatTradeAndTheCountFollows() {
        model.toggle(FilterKind.TRADE, "las");

        assertThat(ids()).containsExactly("welder", "welder-wiradesa");
        assertThat(model.countTextProperty().get()).isEqualTo("2 lowongan");
        assertThat(model.chips()).filteredOn(FilterChip::selected).extracting(FilterChip::value).containsExactly("las");
        assertThat(model.narrowedProperty().get()).isTrue();
    }

    @Test
    void tappingAChosenChipAgainLetsGoOfIt() {
        model.toggle(FilterKind.TRADE, "las");
        model.toggle(FilterKind.TRADE, "las");

        assertThat(ids()).hasSize(4);
        assertThat(model.chips()).noneMatch(FilterChip::selected);
    }

    @Test
    void anotherChipOfTheSameKindReplacesTheFirst() {
        model.toggle(FilterKind.TRADE, "las");
        model.toggle(FilterKind.TRADE, "listrik");

        assertThat(ids()).containsExactly("electrician");
    }

    @Test
    void filtersOfDifferentKindsCombine() {
        model.toggle(FilterKind.TRADE, "las");
        model.toggle(FilterKind.PLACE, "town:Wiradesa");

        assertThat(ids()).containsExactly("welder-wiradesa");
    }

    @Test
    void educationShowsVacanciesAskingForThatLevelOrLess() {
        model.toggle(FilterKind.EDUCATION, "SMP");

        assertThat(ids()).containsExactly("tailor", "welder-wiradesa", "electrician");
    }

    @Test
    void searchMatchesWordBeginningsInAnyCaseAndCombinesWithFilters() {
        model.search("JAHIT");
        assertThat(ids()).isEmpty();

        model.search("penja");
        assertThat(ids()).containsExactly("tailor");

        model.search("las");
        model.toggle(FilterKind.EMPLOYMENT, "CONTRACTOR");
        assertThat(ids()).containsExactly("welder-wiradesa");
        assertThat(model.countTextProperty().get()).isEqualTo("1 lowongan");
    }

    @Test
    void aWholeWordListsTheBestMatchFirstAndOneOrTwoLettersTheNewestFirst() {
        KioskStore store = KioskStore.open(folder.resolve("ranked/kiosk.db"));
        store.replaceCatalog(catalog(
                variant(openVacancy("old-plain", 9), "Las", "las", null, "Batang", EmploymentType.FULL_TIME, 1, null, 10),
                variant(openVacancy("new-long", 1), "Juru Las Rangka Baja untuk Gedung dan Jembatan", "las", null,
                        "Batang", EmploymentType.FULL_TIME, 1, null, 10)), Instant.now());
        BrowseModel ranked = new BrowseModel(store, clock, messages, texts, opened::add);
        ranked.reload();

        ranked.search("las");
        assertThat(ranked.cards().stream().map(VacancyCard::vacancyId)).as("bm25: the short title matches best")
                .containsExactly("old-plain", "new-long");
        ranked.search("la");
        assertThat(ranked.cards().stream().map(VacancyCard::vacancyId)).containsExactly("new-long", "old-plain");
    }

    @Test
    void nothingMatchingSaysSoAndClearingTheFiltersBringsTheListBack() {
        model.toggle(FilterKind.TRADE, "menjahit");
        model.toggle(FilterKind.EMPLOYMENT, "INTERN");

        assertThat(ids()).isEmpty();
        assertThat(model.noMatchProperty().get()).isTrue();
        assertThat(model.countTextProperty().get()).isEqualTo("0 lowongan");

        model.clearFilters();

        assertThat(ids()).hasSize(4);
        assertThat(model.noMatchProperty().get()).isFalse();
    }

    @Test
    void sortsByClosingDateOrByOpenings() {
        model.sortBy(SortOrder.CLOSING_SOON);
        assertThat(ids()).containsExactly("electrician", "welder-wiradesa", "tailor", "welder");

        model.sortBy(SortOrder.MOST_OPENINGS);
        assertThat(ids()).containsExactly("tailor", "welder", "welder-wiradesa", "electrician");
    }

    @Test
    void clearResetsSearchFiltersAndOrderForTheNextJobSeeker() {
        model.search("las");
        model.toggle(FilterKind.PLACE, "town:Wiradesa");
        model.sortBy(SortOrder.MOST_OPENINGS);

        model.clear();

        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.sortProperty().get()).isEqualTo(SortOrder.NEWEST);
        assertThat(model.narrowedProperty().get()).isFalse();
        assertThat(ids()).containsExactly("tailor", "welder", "welder-wiradesa", "electrician");
    }

    @Test
    void theFiltersStayWhenTheCatalogueIsReloaded() {
        model.search("las");
        model.toggle(FilterKind.EMPLOYMENT, "FULL_TIME");

        model.reload();

        assertThat(ids()).containsExactly("welder");
    }

    @Test
    void switchingLanguageRewritesTheChips() {
        messages.switchLanguage();

        assertThat(labels(FilterKind.EMPLOYMENT)).contains("Internship");
    }

    private List<String> ids() {
        return model.cards().stream().map(VacancyCard::vacancyId).toList();
    }

    private List<String> labels(FilterKind kind) {
        return model.chips().stream().filter(chip -> chip.kind() == kind).map(FilterChip::label).toList();
    }

    private static Vacancy variant(Vacancy v, String title, String trade, String estate, String town,
                                   EmploymentType type, int openings, EducationLevel education, int openDays) {
        Requirements r = v.requirements();
        return new Vacancy(v.id(), title, v.description(), v.employerId(), trade, null, v.regionId(), estate, town,
                type, openings, v.pay(), new Requirements(r.ageMin(), r.ageMax(), r.sex(), education,
                        r.experienceMonths(), r.drivingLicence(), r.jobSeekerCardRequired()),
                List.of(), v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), TODAY.plusDays(openDays),
                v.status(), v.updatedAt());
    }
}
