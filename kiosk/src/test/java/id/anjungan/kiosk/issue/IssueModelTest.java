package id.anjungan.kiosk.issue;

import static id.anjungan.kiosk.testing.TestCatalog.catalog;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.kiosk.format.Formats;
import id.anjungan.kiosk.format.VacancyTexts;
import id.anjungan.kiosk.i18n.Language;
import id.anjungan.kiosk.i18n.Messages;
import id.anjungan.kiosk.slip.Applicant;
import id.anjungan.kiosk.store.KioskStore;
import id.anjungan.protocol.kiosk.IssuedSlip;
import id.anjungan.protocol.kiosk.PrinterState;
import id.anjungan.protocol.slip.SlipId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue screen's model, without the JavaFX thread: the issuer answers when the test lets it. */
class IssueModelTest {
    private static final String SLIP_ID = "3f9a0c7e5b21d846";
    private static final String CODE = SlipId.fromHex(SLIP_ID).shortCode();
    /** Valid through the end of 11 Dec 2026 in WIB. */
    private static final IssuedSlip SLIP = new IssuedSlip(SLIP_ID, "v-1", "pt-baja-contoh",
            Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-11T17:00:00Z"), "ABK1:X", null, null);

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Language.INDONESIAN);
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final List<Optional<Applicant>> asked = new ArrayList<>();
    private final AtomicInteger finished = new AtomicInteger();
    private IssueOutcome answer;
    private IssueModel model;

    @BeforeEach
    void openTheScreenForAWeldingVacancy() {
        KioskStore store = KioskStore.open(folder.resolve("kiosk.db"));
        store.replaceCatalog(catalog(openVacancy("v-1", 2)), Instant.now());
        answer = printed(Optional.of(folder.resolve("slip-" + CODE + ".png")));
        model = new IssueModel(store, messages, new VacancyTexts(messages, new Formats(messages)), new Formats(messages),
                (vacancyId, applicant) -> {
                    assertThat(vacancyId).isEqualTo("v-1");
                    asked.add(applicant);
                    if (answer == null) {
                        throw new IllegalStateException("printer driver crashed");
                    }
                    return answer;
                },
                background::add, Runnable::run, finished::incrementAndGet);
        model.show("v-1");
    }

    private static IssueOutcome printed(Optional<Path> picture) {
        return new IssueOutcome(IssueOutcome.Kind.PRINTED, Optional.of(SLIP), PrinterState.READY, "sent", picture);
    }

    private static IssueOutcome notPrinted(PrinterState state) {
        return new IssueOutcome(IssueOutcome.Kind.NOT_PRINTED, Optional.of(SLIP), state, "not sent", Optional.empty());
    }

    private void printerFinishes() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void beforeAnythingIsTypedItSaysWhatIsSharedWithWhomAndForHowLong() {
        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.FORM);
        assertThat(model.vacancyTitleProperty().get()).isEqualTo("Juru Las v-1");
        assertThat(model.employerNameProperty().get()).isEqualTo("PT Baja Contoh (fiktif)");
        assertThat(model.consentProperty().get()).isEqualTo("Nama dan nomor HP Anda akan dicetak di slip dan dikirim"
                + " ke petugas BLK dan PT Baja Contoh (fiktif) untuk memberi kabar hasil lamaran; disimpan paling lama"
                + " 6 bulan. Boleh dikosongkan.");
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.phoneProperty().get()).isEmpty();
    }

    @Test
    void aWrongPhoneNumberIsRefusedWithAMessageThatGoesAwayOnceItIsRight() {
        model.nameProperty().set("Siti Aminah");
        model.phoneProperty().set("0812 34");

        model.print();

        assertThat(model.phoneErrorProperty().get())
                .isEqualTo("Nomor HP belum benar. Tulis nomor yang diawali 08 atau +62 8, 10 sampai 13 angka.");
        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.FORM);
        assertThat(asked).isEmpty();

        model.phoneProperty().set("0812 3456 7890");

        assertThat(model.phoneErrorProperty().get()).isEmpty();
        model.print();

        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.PRINTING);
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.phoneProperty().get()).isEmpty();
        printerFinishes();
        assertThat(asked).containsExactly(Optional.of(new Applicant("Siti Aminah", "0812-3456-7890")));
    }

    @Test
    void leavingThePhoneFieldSaysAtOnceWhenTheNumberIsWrongButNotWhenItIsEmpty() {
        model.phoneFieldLeft();
        assertThat(model.phoneErrorProperty().get()).isEmpty();

        model.phoneProperty().set("021 5551 2345");
        model.phoneFieldLeft();

        assertThat(model.phoneErrorProperty().get()).startsWith("Nomor HP belum benar");
        model.phoneProperty().set("");
        assertThat(model.phoneErrorProperty().get()).isEmpty();
    }

    @Test
    void aPrintedSlipShowsTheCheckMarkTextsItsCodeAndItsPicture() {
        model.nameProperty().set("  Siti   Aminah ");

        model.print();
        printerFinishes();

        assertThat(asked).containsExactly(Optional.of(new Applicant("Siti Aminah", null)));
        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.PRINTED);
        assertThat(model.resultTitleProperty().get()).isEqualTo("Slip siap. Ambil slip Anda di bawah.");
        assertThat(model.resultDetailProperty().get()).startsWith("Slip berlaku sampai 11 Des 2026.");
        assertThat(model.resultCodeProperty().get()).isEqualTo("Kode slip: " + CODE);
        assertThat(model.slipPictureProperty().get()).isEqualTo(folder.resolve("slip-" + CODE + ".png"));
    }

    @Test
    void printingWithoutNameSendsNothingPersonalWhateverWasTyped() {
        model.nameProperty().set("Siti Aminah");
        model.phoneProperty().set("0812");

        model.printWithoutName();
        printerFinishes();

        assertThat(asked).containsExactly(Optional.empty());
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.phoneProperty().get()).isEmpty();
        assertThat(model.phoneErrorProperty().get()).isEmpty();
    }

    @Test
    void leavingTheScreenForgetsWhatWasTypedAndIgnoresALateAnswer() {
        model.nameProperty().set("Siti Aminah");
        model.phoneProperty().set("0812");
        model.phoneFieldLeft();

        model.leave();

        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.phoneProperty().get()).isEmpty();
        assertThat(model.phoneErrorProperty().get()).isEmpty();

        model.show("v-1");
        model.printWithoutName();
        model.leave();
        printerFinishes();

        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.FORM);
        assertThat(model.slipPictureProperty().get()).isNull();
    }

    @Test
    void aPrinterOutOfPaperIsExplainedAndTheJobSeekerSentToTheStaffWithTheCode() {
        answer = notPrinted(PrinterState.OUT_OF_PAPER);

        model.printWithoutName();
        printerFinishes();

        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.NOT_PRINTED);
        assertThat(model.resultTitleProperty().get()).isEqualTo("Slip belum tercetak");
        assertThat(model.resultDetailProperty().get()).isEqualTo("Printer sedang tidak bisa mencetak (kertas habis)."
                + " Slip Anda sudah tersimpan; minta petugas BLK untuk mencetak ulang.");
        assertThat(model.resultCodeProperty().get()).isEqualTo("Sebutkan kode slip " + CODE + " kepada petugas.");
        assertThat(model.slipPictureProperty().get()).isNull();
    }

    @Test
    void aCoverOpenAnOfflinePrinterAndACrashedDriverAreEachSaidPlainly() {
        answer = notPrinted(PrinterState.COVER_OPEN);
        model.printWithoutName();
        printerFinishes();
        assertThat(model.resultDetailProperty().get()).contains("(tutupnya terbuka)");

        model.show("v-1");
        answer = notPrinted(PrinterState.OFFLINE);
        model.printWithoutName();
        printerFinishes();
        assertThat(model.resultDetailProperty().get()).contains("(tidak menyala atau tidak tersambung)");

        model.show("v-1");
        answer = null;
        model.printWithoutName();
        printerFinishes();
        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.NOT_PRINTED);
        assertThat(model.resultDetailProperty().get()).contains("(ada gangguan)");
    }

    @Test
    void aVacancyThatClosedMeanwhileGetsNoSlipAndSaysSo() {
        answer = IssueOutcome.vacancyClosed("v-1");

        model.printWithoutName();
        printerFinishes();

        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.CLOSED);
        assertThat(model.resultTitleProperty().get()).isEqualTo("Lowongan ini sudah ditutup");
        assertThat(model.resultCodeProperty().get()).isEmpty();
    }

    @Test
    void switchingLanguageRewritesTheConsentAndTheResult() {
        answer = notPrinted(PrinterState.OUT_OF_PAPER);
        assertThat(model.consentProperty().get()).startsWith("Nama dan nomor HP Anda");

        messages.switchLanguage();
        assertThat(model.consentProperty().get()).startsWith("Your name and mobile number will be printed");

        model.printWithoutName();
        printerFinishes();
        assertThat(model.resultDetailProperty().get()).isEqualTo("The printer cannot print right now (out of paper)."
                + " Your slip has been saved; ask the BLK staff to print it again.");
    }

    @Test
    void doneGoesBackForTheNextJobSeeker() {
        model.printWithoutName();
        printerFinishes();

        model.finish();

        assertThat(finished).hasValue(1);
        assertThat(model.stepProperty().get()).isEqualTo(IssueModel.Step.FORM);
    }

    @Test
    void aSecondTapWhilePrintingPrintsNothingMore() {
        model.printWithoutName();
        model.printWithoutName();
        model.print();
        printerFinishes();

        assertThat(asked).hasSize(1);
    }

    @Test
    void typingIsCutAtTheLongestNameAndPhoneKept() {
        model.nameProperty().set("A".repeat(100));
        model.phoneProperty().set("0".repeat(40));

        assertThat(model.nameProperty().get()).hasSize(IssueModel.MAX_NAME);
        assertThat(model.phoneProperty().get()).hasSize(IssueModel.MAX_PHONE);
    }
}
