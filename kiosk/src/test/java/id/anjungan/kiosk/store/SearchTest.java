package id.anjungan.kiosk.store;

import static id.anjungan.kiosk.testing.TestCatalog.TODAY;
import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.testing.TestCatalog;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    @TempDir
    Path folder;

    private KioskStore store;

    @BeforeEach
    void storeWithTwoVacancies() {
        store = KioskStore.open(folder.resolve("kiosk.db"));
        Vacancy cafe = retitled(openVacancy("v-cafe", 1), "Barista Kafé Pelabuhan");
        store.replaceCatalog(catalog(openVacancy("v-las", 2), cafe), Instant.now(), new SyncCursor("e", 1));
    }

    private List<String> found(String typed) {
        return store.searchLive(typed, TODAY).stream().map(Vacancy::id).toList();
    }

    @Test
    void aWordPrefixInAnyCaseFindsTheTitle() {
        assertThat(found("JURU")).containsExactly("v-las");
        assertThat(found("bari")).containsExactly("v-cafe");
    }

    @Test
    void accentsAreIgnoredBothWays() {
        assertThat(found("kafe")).containsExactly("v-cafe");
        assertThat(found("kafé")).containsExactly("v-cafe");
    }

    @Test
    void aVacancyIsFoundByEmployerTradeTownEstateAndRegion() {
        assertThat(found("baja contoh")).containsExactlyInAnyOrder("v-las", "v-cafe");
        assertThat(found("las")).contains("v-las");
        assertThat(found("gringsing")).hasSize(2);
        assertThat(found("KIT")).hasSize(2);
        assertThat(found("kabupaten batang")).hasSize(2);
    }

    @Test
    void everyTypedWordMustMatchAndPunctuationIsHarmless() {
        assertThat(found("barista \"juru")).isEmpty();
        assertThat(found("barista (kafé) -")).containsExactly("v-cafe");
    }

    @Test
    void expiredAndDeletedVacanciesAreNeverFound() {
        store.applyChanges(new VacancyChanges(List.of(vacancy("v-old", TODAY.minusDays(40), TODAY.minusDays(1))),
                List.of("v-cafe")), Instant.now());

        assertThat(found("juru")).containsExactly("v-las");
        assertThat(found("barista")).isEmpty();
    }

    @Test
    void anEmployerRenamedOnTheServerIsFoundByItsNewName() {
        Employer renamed = new Employer(TestCatalog.EMPLOYER.id(), "PT Logam Sejahtera (fiktif)", "Logam", "33.25",
                "kit-batang", null, null, null, true);
        store.applyBatch(new ChangeBatch(new SyncCursor("e", 2), List.of(new Change(2, EntityKind.EMPLOYER,
                renamed.id(), ChangeOperation.PUT, ProtocolJson.mapper().valueToTree(renamed))), false), Instant.now());

        assertThat(found("sejahtera")).containsExactlyInAnyOrder("v-las", "v-cafe");
        assertThat(found("baja")).isEmpty();
    }

    @Test
    void aCatchUpOfSeveralPagesIndexesTheNewestTextWhenItsLastPageIsIn() {
        store.applyBatch(page(2, retitled(openVacancy("v-las", 2), "Operator Forklift"), true), Instant.now());
        store.applyBatch(page(3, retitled(openVacancy("v-las", 2), "Operator Crane"), true), Instant.now());

        assertThat(found("forklift")).isEmpty();
        assertThat(found("juru")).containsExactly("v-las");

        store.applyBatch(page(4, openVacancy("v-new", 3), false), Instant.now());

        assertThat(found("crane")).containsExactly("v-las");
        assertThat(found("forklift")).isEmpty();
        assertThat(found("juru")).containsExactly("v-new");
    }

    @Test
    void aStoreClosedInTheMiddleOfACatchUpIndexesWhatItMissedWhenItOpens() {
        store.applyBatch(page(2, retitled(openVacancy("v-las", 2), "Operator Crane"), true), Instant.now());

        KioskStore reopened = KioskStore.open(folder.resolve("kiosk.db"));

        assertThat(reopened.searchLive("crane", TODAY)).extracting(Vacancy::id).containsExactly("v-las");
    }

    @Test
    void anEditThatLeavesTheIndexedTextAloneKeepsTheVacancyFindable() {
        Vacancy las = openVacancy("v-las", 2);
        Vacancy moreOpenings = new Vacancy(las.id(), las.title(), las.description(), las.employerId(), las.tradeId(),
                las.kbjiCode(), las.regionId(), las.estateId(), las.town(), las.employmentType(), las.openings() + 5,
                las.pay(), las.requirements(), las.skills(), las.workHours(), las.shiftWork(), las.howToApply(),
                las.datePosted(), las.validThrough(), las.status(), las.updatedAt());

        store.applyBatch(page(2, moreOpenings, false), Instant.now());

        assertThat(found("juru")).containsExactly("v-las");
        assertThat(store.vacancy("v-las").orElseThrow().openings()).isEqualTo(las.openings() + 5);
    }

    private static ChangeBatch page(long seq, Vacancy vacancy, boolean more) {
        return new ChangeBatch(new SyncCursor("e", seq), List.of(new Change(seq, EntityKind.VACANCY, vacancy.id(),
                ChangeOperation.PUT, ProtocolJson.mapper().valueToTree(vacancy))), more);
    }

    @Test
    void nothingTypedListsEveryLiveVacancyNewestFirst() {
        assertThat(found("  ")).containsExactly("v-cafe", "v-las");
    }

    private static Vacancy retitled(Vacancy v, String title) {
        return new Vacancy(v.id(), title, v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(), v.updatedAt());
    }
}
