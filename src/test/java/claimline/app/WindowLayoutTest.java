package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a small screen: every pane usable at 1024x700 and 1366x768 (nothing cut off at the right or the
 * bottom, the filter pane never squeezed to "…" buttons, and back to its width when the window grows), window
 * bounds remembered from a larger screen clamped to this one, remembered dividers never squeezing a pane below its
 * minimum.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        // Each window of these tests gets a stage of its own: a stage keeps the size and place it was given.
    }

    /** Opens a new window, on a new stage, as a new run of the app would, with what the last run remembered. */
    private void open(FxRobot robot, Map<String, ?> remembered) throws Exception {
        SeedsWindow.settings(remembered);
        robot.interact(() -> {
            try {
                if (stage != null) {
                    stage.close();
                }
                stage = new Stage();
                window = SeedsWindow.open(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        SeedsWindow.awaitSeeds(window);
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyPaneIsUsableAt1024x700And1366x768AndTheFilterPaneRecoversWhenTheWindowGrows(FxRobot robot)
            throws Exception {
        open(robot, Map.of());
        double filterWidth = filterPane(robot).getWidth();
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}, {1024, 700}, {1440, 900}}) {
            resize(robot, size[0], size[1]);
            String at = (int) size[0] + "x" + (int) size[1];
            Scene scene = stage.getScene();
            for (String id : List.of("#search", "#contested-toggle", "#reader-prev", "#reader-next", "#status",
                    "#contested", "#actors-all", "#actors-none", "#timeline", "#reader-heading")) {
                Node n = robot.lookup(id).query();
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as(id + " inside the window's right edge at " + at)
                        .isLessThanOrEqualTo(scene.getWidth() + 0.5);
                assertThat(b.getMaxY()).as(id + " inside the window's bottom edge at " + at)
                        .isLessThanOrEqualTo(scene.getHeight() + 0.5);
                assertThat(b.getMinX()).as(id + " at " + at).isGreaterThanOrEqualTo(-0.5);
                assertThat(n.isVisible()).isTrue();
            }
            assertThat(robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getWidth())
                    .as("search box at " + at).isGreaterThanOrEqualTo(150);
            for (String id : List.of("#actors-all", "#actors-none", "#contested")) {
                assertThat(shownText(robot.lookup(id).queryAs(Labeled.class))).as(id + " at " + at)
                        .isEqualTo(robot.lookup(id).queryAs(Labeled.class).getText());
            }
            robot.lookup(".tab-pane > .tab-header-area .tab").queryAll().forEach(tab -> {
                Bounds t = tab.localToScene(tab.getLayoutBounds());
                Bounds pane = window.tabs().localToScene(window.tabs().getLayoutBounds());
                assertThat(t.getMaxX()).as("every tab's header shows at " + at).isLessThanOrEqualTo(pane.getMaxX());
            });
            assertThat(robot.lookup(".timeline-canvas").queryAs(javafx.scene.canvas.Canvas.class).getWidth())
                    .as("timeline width at " + at).isGreaterThanOrEqualTo(400);
            assertThat(window.tabs().getWidth()).as("details width at " + at).isGreaterThanOrEqualTo(300);
            assertThat(robot.lookup("#reader").queryAs(javafx.scene.layout.Region.class).getWidth())
                    .as("reader width at " + at).isGreaterThanOrEqualTo(250);
        }
        assertThat(filterPane(robot).getWidth()).as("the filter pane after the window grew back")
                .isGreaterThanOrEqualTo(filterWidth - 1);
    }

    @Test
    void windowBoundsRememberedFromALargerScreenAreClampedToThisOne(FxRobot robot) throws Exception {
        open(robot, Map.of("window.x", -700.0, "window.y", 650.0, "window.w", 2560.0, "window.h", 1600.0));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(stage.getWidth()).isEqualTo(screen.getWidth());

        robot.interact(() -> {
            stage.setX(100);
            stage.setY(50);
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        open(robot, Map.of());
        assertThat(stage.getWidth()).as("a fresh start fits the screen").isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    }

    @Test
    void aWindowPlacedOnTheScreenIsRestoredWhereItWas(FxRobot robot) throws Exception {
        open(robot, Map.of());
        robot.interact(() -> {
            stage.setX(120);
            stage.setY(60);
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        robot.interact(stage::close);
        open(robot, remembered());
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .containsExactly(120.0, 60.0, 1100.0, 720.0);
    }

    @Test
    void rememberedDividersNeverPutAPaneUnderItsMinimum(FxRobot robot) throws Exception {
        open(robot, Map.of("window.w", 1024.0, "window.h", 700.0, "divider.outer", 0.0, "divider.vertical", 0.995,
                "divider.lower", 0.999));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region filters = filterPane(robot);
        assertThat(filters.getWidth()).as("filter pane").isGreaterThanOrEqualTo(filters.minWidth(-1) - 0.5)
                .isGreaterThanOrEqualTo(180);
        for (String id : List.of("#actors-all", "#actors-none")) {
            assertThat(shownText(robot.lookup(id).queryAs(Labeled.class))).as(id)
                    .isEqualTo(robot.lookup(id).queryAs(Labeled.class).getText());
        }
        javafx.scene.layout.Region reader = robot.lookup("#reader").queryAs(javafx.scene.layout.Region.class);
        assertThat(reader.getWidth()).as("reader").isGreaterThanOrEqualTo(reader.minWidth(-1) - 0.5)
                .isGreaterThanOrEqualTo(250);
        assertThat(window.tabs().getHeight()).as("details").isGreaterThanOrEqualTo(150);
        assertThat(window.timeline().getHeight()).as("timeline").isGreaterThanOrEqualTo(120);
        for (SplitPane split : robot.lookup(".split-pane").queryAllAs(SplitPane.class)) {
            for (Node item : split.getItems()) {
                javafx.scene.layout.Region r = (javafx.scene.layout.Region) item;
                assertThat(r.getWidth()).as("width of " + r).isGreaterThanOrEqualTo(r.minWidth(-1) - 0.5);
                assertThat(r.getHeight()).as("height of " + r).isGreaterThanOrEqualTo(r.minHeight(-1) - 0.5);
            }
        }
    }

    @Test
    void theDividersOfTheLastRunComeBackWhereTheyWereAtTheRememberedSize(FxRobot robot) throws Exception {
        for (double[] size : new double[][] {{1440, 900}, {1024, 700}}) {
            open(robot, Map.of("window.x", 0.0, "window.y", 0.0, "window.w", size[0], "window.h", size[1]));
            SplitPane outer = (SplitPane) filterPane(robot).getParent().getParent();
            SplitPane lower = (SplitPane) window.tabs().getParent().getParent();
            robot.interact(() -> {
                outer.setDividerPositions(0.2);
                lower.setDividerPositions(0.55);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double filters = filterPane(robot).getWidth();
            double tabs = window.tabs().getWidth();
            robot.interact(stage::close);

            open(robot, remembered());
            String at = (int) size[0] + "x" + (int) size[1];
            assertThat(stage.getWidth()).isEqualTo(size[0]);
            assertThat(filterPane(robot).getWidth()).as("filter pane at " + at).isCloseTo(filters,
                    org.assertj.core.data.Offset.offset(2.0));
            assertThat(window.tabs().getWidth()).as("details at " + at).isCloseTo(tabs,
                    org.assertj.core.data.Offset.offset(2.0));
            robot.interact(stage::close);
        }
    }

    private Map<String, Object> remembered() throws Exception {
        java.util.prefs.Preferences p = java.util.prefs.Preferences.userRoot()
                .node(System.getProperty("claimline.settings.node"));
        Map<String, Object> out = new java.util.HashMap<>();
        for (String k : p.keys()) {
            out.put(k, p.get(k, null));
        }
        return out;
    }

    private javafx.scene.layout.Region filterPane(FxRobot robot) {
        return robot.lookup(".filter-pane").queryAs(javafx.scene.layout.Region.class);
    }

    /** The text a labeled control actually shows (its own text, or that text cut short with "…"). */
    private static String shownText(Labeled l) {
        return l.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
