package id.anjungan.kiosk.frame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which screen the kiosk shows, and the way back: Kembali goes one screen back, Beranda home. */
public final class Navigator {
    private static final Screen HOME = new Screen.VacancyList();

    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(HOME);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> homeListeners = new ArrayList<>();

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public void openVacancy(String vacancyId) {
        open(new Screen.VacancyDetail(vacancyId));
    }

    /** Opens the screen where a job seeker prints a referral slip for the vacancy. */
    public void openSlipIssue(String vacancyId) {
        open(new Screen.SlipIssue(vacancyId));
    }

    public void open(Screen screen) {
        if (screen.equals(current.get())) {
            return;
        }
        history.push(current.get());
        show(screen);
    }

    /** Returns to the previous screen; does nothing on the first one. */
    public void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    /** Returns to the list of vacancies, forgetting the way there, and tells the home listeners. */
    public void home() {
        history.clear();
        show(HOME);
        homeListeners.forEach(Runnable::run);
    }

    /** Called whenever Beranda is chosen, also when already home (to scroll to the top, say). */
    public void onHome(Runnable listener) {
        homeListeners.add(listener);
    }

    private void show(Screen screen) {
        current.set(screen);
        canGoBack.set(!history.isEmpty());
    }
}
