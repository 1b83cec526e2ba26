package id.anjungan.kiosk.sync;

import static id.anjungan.kiosk.testing.TestCatalog.EMPLOYER;
import static id.anjungan.kiosk.testing.TestCatalog.openVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.kiosk.store.RawChange;
import id.anjungan.kiosk.store.RawChangeBatch;
import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.protocol.reference.Employer;
import id.anjungan.protocol.sync.Change;
import id.anjungan.protocol.sync.ChangeBatch;
import id.anjungan.protocol.sync.ChangeOperation;
import id.anjungan.protocol.sync.EntityKind;
import id.anjungan.protocol.sync.SyncCursor;
import id.anjungan.protocol.vacancy.Vacancy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeBatchReaderTest {
    private static final ObjectMapper JSON = ProtocolJson.mapper();

    @Test
    void eachRecordComesBackAsTheExactJsonTextItWasWrittenAsAlsoAfterMultiByteCharacters() throws Exception {
        // Accents, a dash and Javanese script before and inside the records: the slices are byte offsets.
        Vacancy cafe = retitled(openVacancy("v-kafé", 1), "Barista Kafé – ꦧꦠꦁ \"Pelabuhan\" \\ baru");
        Employer employer = new Employer(EMPLOYER.id(), "PT Baja Contoh – Śākya 😀", EMPLOYER.sector(),
                EMPLOYER.regionId(), EMPLOYER.estateId(), EMPLOYER.address(), EMPLOYER.intakeAddress(),
                EMPLOYER.intakeInstructions(), EMPLOYER.fictional());
        ChangeBatch batch = new ChangeBatch(new SyncCursor("épo", 42), List.of(
                new Change(40, EntityKind.VACANCY, cafe.id(), ChangeOperation.PUT, JSON.valueToTree(cafe)),
                new Change(41, EntityKind.EMPLOYER, employer.id(), ChangeOperation.PUT, JSON.valueToTree(employer)),
                new Change(42, EntityKind.VACANCY, "v-gone", ChangeOperation.DELETE, null)), true);

        RawChangeBatch read = ChangeBatchReader.read(JSON.writeValueAsBytes(batch));

        assertThat(read.cursor()).isEqualTo(batch.cursor());
        assertThat(read.more()).isTrue();
        assertThat(read.changes()).extracting(RawChange::seq, RawChange::entity, RawChange::id, RawChange::op)
                .containsExactly(
                        tuple(40L, EntityKind.VACANCY, cafe.id(), ChangeOperation.PUT),
                        tuple(41L, EntityKind.EMPLOYER, employer.id(), ChangeOperation.PUT),
                        tuple(42L, EntityKind.VACANCY, "v-gone", ChangeOperation.DELETE));
        assertThat(read.changes().get(0).record().text()).isEqualTo(asWritten(cafe));
        assertThat(JSON.readValue(read.changes().get(0).record().text(), Vacancy.class)).isEqualTo(cafe);
        assertThat(read.changes().get(1).record().text()).isEqualTo(asWritten(employer));
        assertThat(JSON.readValue(read.changes().get(1).record().text(), Employer.class)).isEqualTo(employer);
        assertThat(read.changes().get(2).record()).isNull();
    }

    @Test
    void aPushedEventsTextReadsTheSameAsThePagesBytes() throws Exception {
        Vacancy cafe = retitled(openVacancy("v-1", 1), "Juru Masak – ꦧꦠꦁ");
        String event = JSON.writeValueAsString(new ChangeBatch(new SyncCursor("e", 5), List.of(
                new Change(5, EntityKind.VACANCY, cafe.id(), ChangeOperation.PUT, JSON.valueToTree(cafe))), false));

        RawChangeBatch read = ChangeBatchReader.read(event);

        assertThat(read.more()).isFalse();
        assertThat(read.changes().get(0).record().text()).isEqualTo(JSON.writeValueAsString(cafe));
    }

    /** The record as the page's generator writes it (an emoji comes as its escaped surrogate pair). */
    private static String asWritten(Object record) throws JsonProcessingException {
        return new String(JSON.writeValueAsBytes(record), StandardCharsets.UTF_8);
    }

    @Test
    void fieldsComeInAnyOrderAndFieldsAddedByANewerServerAreSkipped() throws Exception {
        String page = """
                {"more": true, "later": {"a": [1, {"b": "}"}]},
                 "changes": [{"record": {"id": "33.25", "name": "Batang {é}", "x": [1, 2]}, "op": "PUT",
                              "future": [{}, "]"], "id": "33.25", "entity": "REGION", "seq": 7},
                             {"seq": 8, "entity": "VACANCY", "id": "v-1", "op": "DELETE", "record": null}],
                 "cursor": {"seq": 8, "epoch": "e"}}""";

        RawChangeBatch read = ChangeBatchReader.read(page);

        assertThat(read.cursor()).isEqualTo(new SyncCursor("e", 8));
        assertThat(read.more()).isTrue();
        assertThat(read.changes()).hasSize(2);
        assertThat(read.changes().get(0).record().text()).isEqualTo("{\"id\": \"33.25\", \"name\": \"Batang {é}\", \"x\": [1, 2]}");
        assertThat(read.changes().get(0).seq()).isEqualTo(7);
        assertThat(read.changes().get(1).record()).isNull();
    }

    @Test
    void aPageWithoutItsCursorAPutWithoutItsRecordOrAnUnknownKindIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"changes\": [], \"more\": false}"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"cursor\": {\"epoch\": \"e\", \"seq\": 1}, \"changes\":"
                + " [{\"seq\": 1, \"entity\": \"VACANCY\", \"id\": \"v\", \"op\": \"PUT\"}]}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("needs its record");
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"cursor\": {\"epoch\": \"e\", \"seq\": 1}, \"changes\":"
                + " [{\"seq\": 1, \"entity\": \"SPACESHIP\", \"id\": \"v\", \"op\": \"DELETE\"}]}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("SPACESHIP");
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"cursor\": {\"epoch\": \"e\", \"seq\": 1}, \"changes\":"
                + " [{\"seq\": 1, \"entity\": \"VACANCY\", \"id\": \"v\", \"op\": \"PUT\", \"record\": \"text\"}]}"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void anObjectWhereAPlainValueBelongsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"cursor\": {\"epoch\": \"e\", \"seq\": 1}, \"changes\":"
                + " [{\"seq\": {\"n\": 1}, \"entity\": \"VACANCY\", \"id\": \"v\", \"op\": \"DELETE\"}]}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("'seq' must be a plain value");
        assertThatThrownBy(() -> ChangeBatchReader.read("{\"cursor\": {\"epoch\": \"e\", \"seq\": 1}, \"changes\": [],"
                + " \"more\": [true]}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("'more' must be a plain value");
    }

    private static Vacancy retitled(Vacancy v, String title) {
        return new Vacancy(v.id(), title, v.description(), v.employerId(), v.tradeId(), v.kbjiCode(), v.regionId(),
                v.estateId(), v.town(), v.employmentType(), v.openings(), v.pay(), v.requirements(), v.skills(),
                v.workHours(), v.shiftWork(), v.howToApply(), v.datePosted(), v.validThrough(), v.status(),
                v.updatedAt());
    }
}
