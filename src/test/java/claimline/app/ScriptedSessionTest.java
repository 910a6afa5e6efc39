package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.app.timeline.TimelineCommand;
import claimline.app.timeline.TimelineView;
import claimline.model.Event;
import claimline.timeline.Mark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.HorizontalDirection;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scripted session of a couple of minutes, the way an analyst spends an afternoon: every pane, every menu, every
 * key of the timeline and the window, the filters, the lists scrolled and arrowed through, corrections made and
 * undone, exports. Nothing may reach the log or a default handler.
 */
@ExtendWith(ApplicationExtension.class)
class ScriptedSessionTest {
    private MainWindow window;
    private UncaughtErrors errors;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        Files.deleteIfExists(ProjectSession.defaultFileFor(Seeds.folder()));
        errors = new UncaughtErrors();
        window = new MainWindow(stage);
        window.openCorpus(Seeds.folder());
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    @Test
    void aCoupleOfMinutesThroughEveryPaneMenuAndKeyLeaveNoExceptionInTheLog(FxRobot robot, @TempDir Path dir)
            throws Exception {
        try (UncaughtErrors watched = errors) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> timeline().layoutProperty().get() != null
                    && timeline().layoutProperty().get().items().size() == Seeds.model().events().size());
            WaitForAsyncUtils.waitForFxEvents();
            for (int round = 0; round < 2; round++) {
                timelineKeys(robot);
                timelineMouse(robot);
                everyTab(robot);
                filters(robot);
                lists(robot);
                menus(robot);
                corrections(robot);
                reader(robot);
                robot.interact(() -> window.exportCsv(dir.resolve("claims.csv")));
                robot.interact(() -> window.exportPng(dir.resolve("timeline.png")));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("timeline.png")));
            }
            // still answering the keys
            robot.interact(() -> timeline().requestFocus());
            robot.type(KeyCode.HOME);
            robot.type(KeyCode.RIGHT);
            assertThat(window.viewModel().selectedProperty().get()).isNotNull();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(errors.seen()).as("exceptions that reached the log or a default handler").isEmpty();
        }
    }

    /** Every binding of the timeline's table, then walking all events forth and back with Z and Enter on each. */
    private void timelineKeys(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        for (TimelineCommand c : TimelineCommand.values()) {
            for (KeyCombination k : c.keys()) {
                press(robot, (KeyCodeCombination) k);
            }
        }
        int events = window.viewModel().visibleEvents().size();
        for (int i = 0; i < events; i++) {
            robot.type(KeyCode.RIGHT);
            robot.type(KeyCode.Z);
            robot.type(KeyCode.ENTER);
            robot.interact(() -> timeline().requestFocus());
        }
        for (int i = 0; i < events; i++) {
            robot.type(KeyCode.LEFT);
        }
        robot.type(KeyCode.HOME);
    }

    private static void press(FxRobot robot, KeyCodeCombination k) {
        List<KeyCode> held = new java.util.ArrayList<>();
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.SHIFT);
        }
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.ALT);
        }
        held.forEach(robot::press);
        robot.type(k.getCode());
        held.forEach(robot::release);
    }

    private void timelineMouse(FxRobot robot) {
        Node canvas = timeline().lookup(".timeline-canvas");
        robot.moveTo(canvas);
        robot.scroll(3, VerticalDirection.UP);
        robot.scroll(3, VerticalDirection.DOWN);
        robot.press(KeyCode.SHIFT).scroll(2, VerticalDirection.DOWN).scroll(2, VerticalDirection.UP).release(KeyCode.SHIFT);
        robot.drag(canvas, MouseButton.PRIMARY).moveBy(-120, 10).moveBy(60, -10).drop();
        robot.interact(() -> timeline().fitAll());
        for (Mark m : timeline().lastFrame().marks().stream().limit(8).toList()) {
            Point2D at = canvas.localToScreen((m.x0() + m.x1()) / 2, (m.y0() + m.y1()) / 2);
            if (at != null && canvas.getBoundsInLocal().contains(canvas.screenToLocal(at))) {
                robot.clickOn(at);
                robot.interact(() -> timeline().fitAll());
            }
        }
        robot.doubleClickOn(canvas);
    }

    private void everyTab(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.HOME);
        List<Event> all = List.copyOf(window.viewModel().visibleEvents());
        for (int i = 0; i < all.size(); i++) {
            Event e = all.get(i);
            robot.interact(() -> window.viewModel().select(e.id()));
            for (Tab t : List.copyOf(window.tabs().getTabs())) {
                robot.interact(() -> window.tabs().getSelectionModel().select(t));
                if (i % 6 == 0) {
                    scrollThrough(robot, t.getContent());
                }
            }
        }
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        Event night = window.viewModel().visibleEvents().stream().filter(x -> x.time().start().iso()
                .startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
        robot.interact(() -> window.viewModel().select(night.id()));
        // a passage in the details, the claim menus opened and closed
        List<Hyperlink> links = List.copyOf(robot.lookup("#details .source-link").queryAllAs(Hyperlink.class));
        robot.interact(() -> links.get(links.size() - 1).fire());
        MenuButton claim = robot.lookup("#details .claim-menu").queryAs(MenuButton.class);
        robot.interact(claim::show);
        robot.interact(claim::hide);
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        List<Hyperlink> passages = List.copyOf(robot.lookup("#side-by-side .source-link").queryAllAs(Hyperlink.class));
        passages.forEach(p -> robot.interact(p::fire));
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        TableView<?> contested = robot.lookup("#contested-table").queryTableView();
        for (int i = 0; i < contested.getItems().size(); i++) {
            int row = i;
            robot.interact(() -> contested.getSelectionModel().select(row));
        }
    }

    private static void scrollThrough(FxRobot robot, Node pane) {
        if (pane.getScene() == null || pane.localToScreen(pane.getBoundsInLocal()) == null) {
            return;
        }
        robot.moveTo(pane);
        robot.scroll(4, VerticalDirection.DOWN);
        robot.scroll(4, VerticalDirection.UP);
        if (pane instanceof ScrollPane) {
            robot.scroll(2, HorizontalDirection.RIGHT);
        }
    }

    private void filters(FxRobot robot) {
        robot.clickOn("#actors-none");
        robot.clickOn("#actors-all");
        ListView<?> actors = robot.lookup("#actors").queryListView();
        for (int i = 0; i < actors.getItems().size(); i += 5) {
            int row = i;
            robot.interact(() -> actors.scrollTo(row));
            Node box = robot.lookup("#actors .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                    c.getIndex() == row && c.getItem() != null).query().lookup(".check-box");
            robot.clickOn(box);
            robot.type(KeyCode.DOWN, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.UP);
            robot.clickOn(box);
        }
        robot.clickOn("#actors-none");
        Node timelineEmptyAction = timeline().lookup(".empty-action");
        robot.clickOn(timelineEmptyAction);
        ListView<?> types = robot.lookup("#types").queryListView();
        robot.interact(types::requestFocus);
        for (int i = 0; i < types.getItems().size(); i++) {
            robot.type(KeyCode.SPACE, KeyCode.SPACE, KeyCode.DOWN);
        }
        robot.clickOn("#contested");
        robot.clickOn("#contested");
        robot.clickOn("#contested-toggle");
        robot.clickOn("#contested-toggle");
        Node slider = robot.lookup("#dates").query();
        Node low = slider.lookup(".low-thumb");
        Node high = slider.lookup(".high-thumb");
        robot.drag(low, MouseButton.PRIMARY).moveBy(40, 0).drop();
        robot.drag(high, MouseButton.PRIMARY).moveBy(-40, 0).drop();
        robot.drag(low, MouseButton.PRIMARY).moveBy(-400, 0).drop();
        robot.drag(high, MouseButton.PRIMARY).moveBy(400, 0).drop();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("armenia");
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(" zzz-nothing");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.viewModel().resetFilter());
    }

    /** Every list scrolled by wheel and walked with the keys, with the selection and the filter changing under it. */
    private void lists(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        for (String id : List.of("#actors", "#types", "#events", "#contested-table", "#problems", "#unapplied")) {
            if (id.equals("#contested-table")) {
                robot.interact(() -> window.tabs().getSelectionModel().select(2));
            } else if (id.equals("#problems")) {
                robot.interact(() -> window.tabs().getSelectionModel().select(4));
            }
            Node list = robot.lookup(id).query();
            if (list.localToScreen(list.getBoundsInLocal()) == null) {
                continue;
            }
            robot.moveTo(list);
            for (int i = 0; i < 8; i++) {
                robot.scroll(2, VerticalDirection.DOWN);
            }
            robot.clickOn(list);
            robot.type(KeyCode.END, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.HOME, KeyCode.DOWN, KeyCode.PAGE_DOWN,
                    KeyCode.RIGHT, KeyCode.LEFT, KeyCode.TAB);
            for (int i = 0; i < 8; i++) {
                robot.scroll(2, VerticalDirection.UP);
            }
        }
        // the events list with its selection at the end while the filter shrinks it
        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        ListView<?> events = robot.lookup("#events").queryListView();
        robot.interact(() -> events.getSelectionModel().selectLast());
        robot.interact(() -> window.viewModel().filterProperty().set(window.viewModel().filter()
                .withTypes(java.util.EnumSet.of(claimline.model.EventType.DIPLOMACY))));
        robot.clickOn(events);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP, KeyCode.END);
        robot.moveTo(events).scroll(5, VerticalDirection.DOWN).scroll(5, VerticalDirection.UP);
        robot.interact(() -> window.viewModel().resetFilter());
        robot.type(KeyCode.UP, KeyCode.HOME, KeyCode.END);
    }

    /** Each menu opened, every item that does not open a file chooser run. */
    private void menus(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu m : List.copyOf(bar.getMenus())) {
            robot.interact(m::show);
            robot.interact(m::hide);
        }
        Menu view = bar.getMenus().stream().filter(m -> m.getText().contains("View")).findFirst().orElseThrow();
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        for (javafx.scene.control.MenuItem i : List.copyOf(view.getItems())) {
            if (!(i instanceof javafx.scene.control.SeparatorMenuItem)) {
                robot.interact(i::fire);
                robot.interact(i::fire);
            }
        }
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        for (ButtonBase b : List.copyOf(robot.lookup("#tool-bar .button").queryAllAs(ButtonBase.class))) {
            if (!b.getStyleClass().contains("toggle-button") && b.getTooltip() != null
                    && !b.getTooltip().getText().equals(Messages.get("menu.file.openFolder"))) {
                robot.clickOn(b);
            }
        }
    }

    /** The corrections of the Edit menu by their keys, each dialog opened and either used or cancelled. */
    private void corrections(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        closeDialog(robot, "Cancel");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("the analyst doubts the time");
        closeDialog(robot, "OK");
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        closeDialog(robot, "Cancel");
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    private static void closeDialog(FxRobot robot, String button) {
        for (Window w : List.copyOf(robot.listWindows())) {
            if (w instanceof Stage s && s.getOwner() != null && s.isShowing()) {
                s.getScene().getRoot().lookupAll(".button").stream().map(n -> (Button) n)
                        .filter(b -> button.equals(b.getText())).findFirst().ifPresent(b -> robot.interact(b::fire));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reader(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT, KeyCode.ENTER);
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#reader-next");
        }
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#reader-prev");
        }
        scrollThrough(robot, robot.lookup("#reader").query());
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.ESCAPE);
    }
}
