package id.anjungan.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
    private static final ObjectMapper JSON = ProtocolJson.mapper();

    @Test
    void datesAsTheProtocolWritesThemReadTheSameAsWithTheJavaTimeParser() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000);
            if (date.getYear() >= 0 && date.getYear() <= 9999) {
                assertThat(IsoDates.localDate(date.toString())).isEqualTo(LocalDate.parse(date.toString()));
            }
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 100_000_000_000L,
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(9)));
            if (instant.toString().length() <= 30 && instant.toString().charAt(4) == '-') {
                assertThat(IsoDates.instant(instant.toString())).as(instant.toString()).isEqualTo(Instant.parse(instant.toString()));
            }
        }
        assertThat(IsoDates.instant("2026-11-27T08:15:30.1Z")).isEqualTo(Instant.parse("2026-11-27T08:15:30.100Z"));
        assertThat(IsoDates.localDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void otherShapesGoToTheJavaTimeModuleAndReadAsBefore() throws Exception {
        for (String text : List.of("2026-11-27T08:15:30+07:00", "2026-11-27T08:15Z", "2026-11-27T08:15:30.1234567891Z",
                "+12026-11-27T08:15:30Z", "2026-11-27t08:15:30z")) {
            assertThat(IsoDates.instant(text)).as(text).isNull();
        }
        assertThat(JSON.readValue("\"2026-11-27T08:15:30+07:00\"", Instant.class)).isEqualTo(Instant.parse("2026-11-27T01:15:30Z"));
        assertThat(JSON.readValue("1764230400", Instant.class)).isEqualTo(Instant.ofEpochSecond(1_764_230_400L));
        assertThat(JSON.readValue("\"2026-11-27T08:15:30.5Z\"", Instant.class)).isEqualTo(Instant.parse("2026-11-27T08:15:30.500Z"));
        assertThat(JSON.readValue("\"2026-12-01\"", LocalDate.class)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(JSON.readValue("[2026, 12, 1]", LocalDate.class)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void impossibleDatesAreRefusedAsBefore() {
        assertThat(IsoDates.localDate("2026-02-30")).isNull();
        assertThat(IsoDates.instant("2026-11-27T24:00:00Z")).isNull();
        assertThatThrownBy(() -> JSON.readValue("\"2026-02-30\"", LocalDate.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> JSON.readValue("\"2026-13-01T00:00:00Z\"", Instant.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> JSON.readValue("\"kemarin\"", LocalDate.class)).isInstanceOf(InvalidFormatException.class);
    }
}
