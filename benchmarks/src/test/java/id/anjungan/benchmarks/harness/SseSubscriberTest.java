package id.anjungan.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseSubscriberTest {
    private final List<String> seen = new ArrayList<>();
    private final SseSubscriber subscriber = new SseSubscriber(new SseSubscriber.Listener() {
        @Override
        public void onEvent(String name, String id, String data) {
            seen.add("event " + name + " " + id + " " + data);
        }

        @Override
        public void onComment(String text) {
            seen.add("comment " + text);
        }
    });

    private void lines(String... lines) {
        for (String line : lines) {
            subscriber.onNext(line);
        }
    }

    @Test
    void readsTheServersEventsAndComments() {
        lines(": connected e:5", ": ", "id: e:6", "event: changes", "data: {\"a\":1}", "", ": hb", ": ");

        assertThat(seen).containsExactly("comment connected e:5", "comment ", "event changes e:6 {\"a\":1}",
                "comment hb", "comment ");
    }

    @Test
    void joinsDataLinesAndForgetsFieldsAfterEachEvent() {
        lines("data:one", "data: two", "", "id: x", "", "data: three", "");

        assertThat(seen).containsExactly("event message null one\ntwo", "event message null three");
    }
}
