package claimline.app;

import claimline.Seeds;
import claimline.corrections.ProjectFiles;
import claimline.model.Event;
import claimline.model.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the robot tests of saving and corrections share: a corpus of their own, opening it, finding dialogs. */
final class WindowRobot {
    private WindowRobot() {}

    /** Closes whatever a previous test left open besides the main window (a dialog it did not get to answer). */
    static void closeOtherWindows(Stage main) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != main && w instanceof Stage s) {
                s.close();
            }
        }
    }

    /**
     * A copy of the seeds in a folder of this name, with no project file yet (tests set claimline.projects.dir, so
     * the project file of a folder is named after it: a name per test keeps the tests apart).
     */
    static Path seedsCopy(Path dir, String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        try (var files = Files.list(Seeds.folder())) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path project = ProjectSession.defaultFileFor(folder);
        Files.createDirectories(project.getParent());
        try (var files = Files.list(project.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(name + ".claimline")).toList()) {
                Files.delete(f);
            }
        }
        return folder;
    }

    /** Opens a folder as the user would and waits until its events are on the timeline. */
    static void open(FxRobot robot, MainWindow window, Path folder) throws TimeoutException {
        int before = window.viewModel().modelGenerationProperty().get();
        robot.interact(() -> window.openCorpus(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.viewModel().modelGenerationProperty().get() > before
                        && window.timeline().layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Event night(MainWindow window) {
        return window.viewModel().visibleEvents().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    /** Selects the first event in time and hides it with the Delete key; returns it. */
    static Event hideFirst(FxRobot robot, MainWindow window) {
        robot.interact(() -> window.timeline().requestFocus());
        robot.interact(() -> window.viewModel().clearSelection());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        Event victim = window.viewModel().selectedProperty().get();
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        return victim;
    }

    /** Waits for the dialog with this id to be on screen and returns its pane. */
    static DialogPane dialog(FxRobot robot, String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing(robot, id) != null);
        return showing(robot, id);
    }

    static DialogPane showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    /** The labels of a dialog's buttons, in the order shown. */
    static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    static void click(FxRobot robot, DialogPane pane, String button) {
        Node b = pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(n -> button.equals(((Button) n).getText())).findFirst().orElseThrow();
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void quitWithTheKeyboard(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String status(FxRobot robot) {
        return robot.lookup("#status").queryLabeled().getText();
    }
}
