package id.anjungan.kiosk.detail;

import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static id.anjungan.kiosk.testing.TestCatalog.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.kiosk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import id.anjungan.protocol.vacancy.VacancyStatus;
import id.anjungan.kiosk.store.VacancyChanges;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailModelTest {
    @TempDir
    Path folder;

    private static final Clock CLOCK = MutableClock.morningOfToday();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private KioskStore store;
    private DetailModel model;

    @BeforeEach
    void fillStore() {
        store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(openVacancy("v-1", 2)), Instant.now());
        model = new DetailModel(store, CLOCK, messages, new VacancyTexts(messages, new Formats(messages)));
    }

    @Test
    void showsEverythingAJobSeekerMustKnowBeforeTravelling() {
        model.show("v-1");

        VacancyDetails details = model.detailsProperty().get();
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(details.title()).isEqualTo("Juru Las v-1");
        assertThat(details.employer()).isEqualTo("PT Baja Contoh (fiktif)");
        assertThat(details.place()).isEqualTo("KIT Batang, Kabupaten Batang");
        assertThat(details.address()).isEqualTo("Blok C-7, KIT Batang, Gringsing");
        assertThat(details.pay()).isEqualTo("Rp 2.850.000 \u2013 Rp 3.200.000 per bulan");
        assertThat(details.openings()).isEqualTo("4 orang");
        assertThat(details.deadline()).isEqualTo("31 Des 2026");
        assertThat(details.employmentType()).isEqualTo("Penuh waktu");
        assertThat(details.workHours()).isEqualTo("3 shift, 8 jam sehari");
        assertThat(details.requirements()).contains("Usia 18\u201335 tahun", "Pendidikan minimal SMK");
        assertThat(details.skills()).containsExactly("Las SMAW", "Membaca gambar kerja");
        assertThat(details.howToApply()).isEqualTo("Bawa surat pengantar dan fotokopi sertifikat las.");
        assertThat(details.intakeAddress()).isEqualTo("Pos satpam gerbang utama KIT Batang");
        assertThat(details.intakeInstructions()).startsWith("Datang Senin");
        assertThat(details.description()).isEqualTo("Mengelas rangka baja.");
    }

    @Test
    void switchingLanguageRewritesTheShownVacancy() {
        model.show("v-1");

        messages.switchLanguage();

        assertThat(model.detailsProperty().get().deadline()).isEqualTo("31 Dec 2026");
        assertThat(model.detailsProperty().get().requirements()).contains("Aged 18\u201335");
    }

    @Test
    void aVacancyWithdrawnWhileItIsOpenStaysOnScreenMarkedAsClosed() {
        model.show("v-1");

        store.applyChanges(new VacancyChanges(List.of(), List.of("v-1")), Instant.now());
        model.reload();

        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.withdrawnProperty().get()).isTrue();
        assertThat(model.detailsProperty().get().title()).isEqualTo("Juru Las v-1");
    }

    @Test
    void aVacancyFilledWhileItIsOpenIsMarkedAsClosed() {
        model.show("v-1");

        store.applyChanges(new VacancyChanges(List.of(withStatus(openVacancy("v-1", 2), VacancyStatus.FILLED)), List.of()),
                Instant.now());
        model.reload();

        assertThat(model.withdrawnProperty().get()).isTrue();
    }

    @Test
    void anOpenVacancyOffersItsPublicPageForThePhoneAndAClosedOneDoesNot() {
        model.linkPublicPagesTo(java.net.URI.create("https://abk.example.id"));
        model.show("v-1");

        assertThat(model.phoneLinkProperty().get()).isEqualTo("https://abk.example.id/v/v-1");

        store.applyChanges(new VacancyChanges(List.of(), List.of("v-1")), Instant.now());
        model.reload();

        assertThat(model.phoneLinkProperty().get()).isNull();
    }

    @Test
    void anOpenLiveVacancyIsNotMarkedAsClosed() {
        model.show("v-1");

        assertThat(model.withdrawnProperty().get()).isFalse();
    }

    @Test
    void aVacancyNoLongerInTheStoreIsShownAsUnavailable() {
        model.show("v-1");

        model.show("gone");

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.detailsProperty().get()).isNull();
    }

    @Test
    void printSlipOpensTheIssueScreenForTheShownVacancyWhileItIsOpen() {
        List<String> asked = new java.util.ArrayList<>();
        model.setOnPrintSlip(asked::add);
        model.show("v-1");

        assertThat(model.canPrintSlipProperty().get()).isTrue();
        model.printSlip();

        assertThat(asked).containsExactly("v-1");
    }

    @Test
    void aClosedOrUnknownVacancyCannotBePrintedFor() {
        List<String> asked = new java.util.ArrayList<>();
        model.setOnPrintSlip(asked::add);
        model.show("v-1");

        store.applyChanges(new VacancyChanges(List.of(withStatus(openVacancy("v-1", 2), VacancyStatus.FILLED)),
                List.of()), Instant.now());
        model.reload();

        assertThat(model.withdrawnProperty().get()).isTrue();
        assertThat(model.canPrintSlipProperty().get()).isFalse();
        model.printSlip();
        model.show("no-such-vacancy");
        assertThat(model.canPrintSlipProperty().get()).isFalse();
        model.printSlip();
        assertThat(asked).isEmpty();
    }

    @Test
    void dengarkanReadsTheScreensOwnTextsWithAmountsAndDatesAsTheyAreSaid() {
        id.anjungan.kiosk.speech.FakeSpeechEngine engine = new id.anjungan.kiosk.speech.FakeSpeechEngine();
        model.readAloudWith(new id.anjungan.kiosk.speech.ReadAloud(java.util.Optional.of(engine), Runnable::run,
                Runnable::run));
        model.show("v-1");

        assertThat(model.canReadAloudProperty().get()).isTrue();
        model.toggleReading();

        String spoken = engine.last().text;
        assertThat(engine.last().language).isEqualTo(Language.INDONESIAN);
        assertThat(spoken).startsWith("Juru Las v-1.\nPT Baja Contoh (fiktif).\n")
                .contains("Gaji: 2850000 rupiah sampai 3200000 rupiah per bulan.")
                .contains("Batas lamaran: 31 Desember 2026.")
                .contains("Persyaratan: Usia 18\u201335 tahun. ")
                .contains("Cara melamar: Bawa surat pengantar dan fotokopi sertifikat las.")
                .doesNotContain("Rp");
        assertThat(model.readingProperty().get()).isTrue();
    }

    @Test
    void dengarkanStopsOnASecondPressOnAnotherVacancyAndOnALanguageSwitchAndThenReadsTheNewLanguage() {
        id.anjungan.kiosk.speech.FakeSpeechEngine engine = new id.anjungan.kiosk.speech.FakeSpeechEngine();
        model.readAloudWith(new id.anjungan.kiosk.speech.ReadAloud(java.util.Optional.of(engine), Runnable::run,
                Runnable::run));
        model.show("v-1");

        model.toggleReading();
        model.toggleReading();
        assertThat(engine.last().stopped()).isTrue();
        assertThat(model.readingProperty().get()).isFalse();

        model.toggleReading();
        model.show("v-1");
        assertThat(engine.last().stopped()).as("opening a vacancy stops the reading").isTrue();

        model.toggleReading();
        messages.switchLanguage();
        assertThat(engine.last().stopped()).as("a language switch stops the reading").isTrue();

        model.toggleReading();
        assertThat(engine.last().language).isEqualTo(Language.ENGLISH);
        assertThat(engine.last().text).contains("Apply by: 31 December 2026.");
        model.stopReading();
        assertThat(model.readingProperty().get()).isFalse();
    }

    @Test
    void withoutASpeechEngineThereIsNothingToPress() {
        model.show("v-1");

        assertThat(model.canReadAloudProperty().get()).isFalse();
        model.toggleReading();
        assertThat(model.readingProperty().get()).isFalse();
    }

    @Test
    void theSimpanKeHpCodeOpensTheVacancyUnderTheAddressItIsLinkedTo() {
        model.show("v-1");

        model.linkPublicPagesTo(java.net.URI.create("https://lowongan.blk-batang.id"));
        assertThat(model.phoneLinkProperty().get()).isEqualTo("https://lowongan.blk-batang.id/v/v-1");

        model.linkPublicPagesTo(java.net.URI.create("https://dinas.example.id/bursa-kerja/"));
        assertThat(model.phoneLinkProperty().get()).isEqualTo("https://dinas.example.id/bursa-kerja/v/v-1");
    }

    @Test
    void aKioskConfiguredWithAPublicUrlLinksPhonesThereAndStillSyncsWithItsServer() {
        id.anjungan.kiosk.config.KioskConfig config = id.anjungan.kiosk.config.KioskConfig.defaults()
                .withServerUrl(java.net.URI.create("http://10.0.0.5:7070"))
                .withPublicUrl(java.net.URI.create("https://lowongan.blk-batang.id/"));
        model.show("v-1");

        model.linkPublicPagesTo(config.publicPagesUrl());

        assertThat(model.phoneLinkProperty().get()).isEqualTo("https://lowongan.blk-batang.id/v/v-1");
        assertThat(config.serverUrl().getHost()).isEqualTo("10.0.0.5");
    }
}
