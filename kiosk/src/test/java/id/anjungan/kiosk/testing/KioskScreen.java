package id.anjungan.kiosk.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import id.anjungan.kiosk.browse.CardRow;
import id.anjungan.kiosk.browse.VacancyCard;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the app tests read off the running kiosk's screen, always on the JavaFX thread. */
public final class KioskScreen {
    private final FxRobot robot;

    public KioskScreen(FxRobot robot) {
        this.robot = robot;
    }

    /** Touches the attract screen the kiosk starts on, which opens the list. */
    public void startFromAttract(int timeoutSeconds) throws TimeoutException {
        waitUntil(timeoutSeconds, () -> robot.lookup("#attract-screen").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#attract-screen");
        waitUntil(timeoutSeconds, () -> !robot.lookup("#attract-screen").query().isVisible());
    }

    /**
     * The vacancy cards on screen, top to bottom and left to right. The list is virtualised: only
     * the rows in view have cards, so this is a screenful, not every listed vacancy ({@link #listedIds}).
     */
    public List<Node> cards() {
        return onFx(() -> robot.lookup(".vacancy-card").queryAll().stream()
                .filter(KioskScreen::shownInScene)
                .sorted(java.util.Comparator.<Node>comparingDouble(card -> card.localToScene(0, 0).getY())
                        .thenComparingDouble(card -> card.localToScene(0, 0).getX()))
                .toList());
    }

    /** The ids of every vacancy the list holds, in its order, whether scrolled into view or not. */
    public List<String> listedIds() {
        return onFx(() -> robot.lookup(".vacancy-list").tryQueryAs(javafx.scene.control.ListView.class)
                .map(list -> ((List<?>) list.getItems()).stream()
                        .flatMap(row -> ((CardRow) row).cards().stream())
                        .map(VacancyCard::vacancyId).toList())
                .orElse(List.of()));
    }

    /** Scrolls the list so the vacancy's row is at the top, as a job seeker's finger would. */
    public void scrollListTo(int rowIndex) {
        onFx(() -> {
            robot.lookup(".vacancy-list").queryAs(javafx.scene.control.ListView.class).scrollTo(rowIndex);
            return null;
        });
    }

    private static boolean shownInScene(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the node is on the screen: it exists and neither it nor any parent is hidden. */
    public boolean shown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    public String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /**
     * Looks at the scene on the JavaFX thread: a lookup from the test thread can meet a list of
     * children the FX thread is changing (a reload after a sync) and fail with an index error.
     */
    public static <T> T onFx(Callable<T> query) {
        try {
            if (Platform.isFxApplicationThread()) {
                return query.call();
            }
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition on the scene, evaluated on the JavaFX thread. */
    public static void waitUntil(int timeoutSeconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
