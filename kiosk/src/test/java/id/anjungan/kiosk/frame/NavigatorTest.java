package id.anjungan.kiosk.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NavigatorTest {
    private final Navigator navigator = new Navigator();

    @Test
    void startsOnTheListWithNoWayBack() {
        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(navigator.canGoBackProperty().get()).isFalse();

        navigator.back();

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
    }

    @Test
    void backReturnsThroughTheScreensSeen() {
        navigator.openVacancy("a");
        navigator.openVacancy("b");

        navigator.back();
        assertThat(navigator.current()).isEqualTo(new Screen.VacancyDetail("a"));
        assertThat(navigator.canGoBackProperty().get()).isTrue();

        navigator.back();
        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(navigator.canGoBackProperty().get()).isFalse();
    }

    @Test
    void homeGoesToTheListForgettingTheWayAndTellsItsListeners() {
        AtomicInteger homes = new AtomicInteger();
        navigator.onHome(homes::incrementAndGet);
        navigator.openVacancy("a");
        navigator.openVacancy("b");

        navigator.home();

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
        assertThat(navigator.canGoBackProperty().get()).isFalse();
        assertThat(homes.get()).isEqualTo(1);
    }

    @Test
    void openingTheShownScreenAgainAddsNoStepBack() {
        navigator.openVacancy("a");
        navigator.openVacancy("a");

        navigator.back();

        assertThat(navigator.current()).isEqualTo(new Screen.VacancyList());
    }
}
