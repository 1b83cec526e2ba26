package id.anjungan.kiosk.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class LazyListTest {
    private final List<Integer> made = new ArrayList<>();
    private final LazyList<String> list = new LazyList<>();

    @Test
    void anElementIsMadeWhenFirstAskedForAndKept() {
        list.show(50_000, this::make);

        assertThat(list).hasSize(50_000);
        assertThat(made).isEmpty();
        assertThat(list.get(49_999)).isEqualTo("card 49999");
        assertThat(list.get(49_999)).isSameAs(list.get(49_999));
        assertThat(made).containsExactly(49_999);
    }

    @Test
    void showingOtherElementsIsOneReplacementWhoseRemovedElementsAreNotMadeUnlessRead() {
        list.show(3, this::make);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + "-" + change.getTo() + (change.wasReplaced() ? " replaced " : " removed ")
                        + change.getRemovedSize());
            }
        });

        list.show(5, index -> "new " + index);
        list.show(0, index -> "none");

        assertThat(changes).containsExactly("0-5 replaced 3", "0-0 removed 5");
        assertThat(made).isEmpty();
        assertThat(list).isEmpty();
    }

    @Test
    void lookingUpAnElementSearchesOnlyThoseMadeAndMakesNone() {
        list.show(50_000, this::make);
        list.get(7);
        made.clear();

        assertThat(list.indexOf("card 7")).isEqualTo(7);
        assertThat(list.lastIndexOf("card 7")).isEqualTo(7);
        assertThat(list.contains("card 7")).isTrue();
        assertThat(list.indexOf("card 40000")).isEqualTo(-1);
        assertThat(list.contains("card 40000")).isFalse();
        assertThat(made).isEmpty();
    }

    @Test
    void itCannotBeChangedFromOutside() {
        list.show(2, this::make);

        assertThatThrownBy(() -> list.add("another")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.setAll("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    private String make(int index) {
        made.add(index);
        return "card " + index;
    }
}
