package id.anjungan.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SseEventParserTest {
    private final List<SseEventParser.Event> events = new ArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final SseEventParser parser = new SseEventParser(events::add, comments::incrementAndGet);

    private void feed(String... lines) {
        for (String line : lines) {
            parser.line(line);
        }
    }

    @Test
    void anEventIsDispatchedAtTheBlankLineWithItsNameIdAndData() {
        feed("event: changes", "id: e1:42", "data: {\"a\":1}", "");

        assertThat(events).containsExactly(new SseEventParser.Event("changes", "e1:42", "{\"a\":1}"));
    }

    @Test
    void commentsAreHeartbeatsNotEvents() {
        feed(": hb", "", ": connected e1:0", "");

        assertThat(events).isEmpty();
        assertThat(comments).hasValue(2);
    }

    @Test
    void multipleDataLinesJoinWithNewlinesAndAnEventWithoutNameIsAMessage() {
        feed("data: one", "data: two", "");

        assertThat(events).containsExactly(new SseEventParser.Event("message", null, "one\ntwo"));
    }

    @Test
    void anEventCutOffBeforeItsBlankLineIsNeverDispatched() {
        feed("event: changes", "id: e1:43", "data: {\"half\":");

        assertThat(events).isEmpty();
    }
}
