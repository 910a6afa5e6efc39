package claimline.app;

import static claimline.app.WindowRobot.buttons;
import static claimline.app.WindowRobot.click;
import static claimline.app.WindowRobot.dialog;
import static claimline.app.WindowRobot.hideFirst;
import static claimline.app.WindowRobot.open;
import static claimline.app.WindowRobot.quitWithTheKeyboard;
import static claimline.app.WindowRobot.seedsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved corrections are shown and guarded in the real window: a save that fails says so and costs no backup,
 * and neither a failed save nor a cancelled conflict lets the window close without asking.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedCorrectionsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        WindowRobot.closeOtherWindows(stage);
        this.stage = stage;
        window = new MainWindow(stage);
    }

    /** What an immutable project file does to a save: the rename over it is refused. */
    private void makeSavesFail(Path project) {
        window.session().stepsForTests(target -> !target.equals(project) ? AtomicFile.Steps.NONE : step -> {
            if (step == AtomicFile.Step.REPLACING) {
                throw new AccessDeniedException(project.toString(), null, "Operation not permitted");
            }
        });
    }

    private int savedCorrections(Path project) throws Exception {
        return ProjectFiles.load(project).corrections().size();
    }

    @Test
    void aFailedSaveSaysWhichFileAndWhyKeepsEveryBackupAndOffersSaveAs(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = seedsCopy(dir, "failing-save");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, window, folder);
        assertThat(stage.getTitle()).doesNotStartWith("*");
        hideFirst(robot, window);
        assertThat(stage.getTitle()).as("unsaved corrections show in the title").startsWith("*");
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Unsaved corrections");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        hideFirst(robot, window);
        Path bak = AtomicFile.backup(project, 0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(bak) && !stage.getTitle().startsWith("*"));
        byte[] file = Files.readAllBytes(project);
        byte[] backup = Files.readAllBytes(bak);

        makeSavesFail(project);
        hideFirst(robot, window);
        DialogPane failed = dialog(robot, "save-failed");
        assertThat(failed.getContentText()).contains(project.toString()).contains("Operation not permitted");
        assertThat(buttons(failed)).contains("Save As…");
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).contains("Not saved").contains("retrying in");
        assertThat(Files.readAllBytes(project)).as("the project file is as it was").isEqualTo(file);
        assertThat(Files.readAllBytes(bak)).as("the failed attempt did not touch the backup").isEqualTo(backup);
        assertThat(AtomicFile.backup(project, 1)).doesNotExist();

        Path elsewhere = dir.resolve("elsewhere.claimline.json");
        window.session().chooseTargetWith(suggested -> Optional.of(elsewhere));
        click(robot, failed, "Save As…");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(elsewhere));
        assertThat(savedCorrections(elsewhere)).isEqualTo(3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("*"));
        assertThat(Files.readAllBytes(bak)).isEqualTo(backup);
    }

    @Test
    void quittingAfterAFailedSaveAsksAndOnlyDiscardLetsTheCorrectionGo(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = seedsCopy(dir, "failing-quit");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, window, folder);
        makeSavesFail(project);
        hideFirst(robot, window);
        click(robot, dialog(robot, "save-failed"), "Close");

        quitWithTheKeyboard(robot);
        DialogPane unsaved = dialog(robot, "unsaved");
        assertThat(buttons(unsaved)).containsExactlyInAnyOrder("Save", "Save As…", "Discard", "Cancel");
        assertThat(unsaved.getContentText()).contains(project.toString()).contains("Operation not permitted");
        click(robot, unsaved, "Cancel");
        assertThat(stage.isShowing()).as("Cancel keeps the window and the correction").isTrue();
        assertThat(window.corrections().corrections()).hasSize(1);

        quitWithTheKeyboard(robot);
        click(robot, dialog(robot, "unsaved"), "Save");
        DialogPane failedAgain = dialog(robot, "save-failed");
        assertThat(stage.isShowing()).as("a save that fails does not quit").isTrue();
        click(robot, failedAgain, "Close");

        quitWithTheKeyboard(robot);
        click(robot, dialog(robot, "unsaved"), "Discard");
        assertThat(stage.isShowing()).isFalse();
        assertThat(project).doesNotExist();
    }

    @Test
    void quittingRightAfterACorrectionAndDiscardingLeavesTheProjectAsItWasWhateverTheAutosaveTimer(FxRobot robot,
            @TempDir Path dir) throws Exception {
        Path folder = seedsCopy(dir, "quick-quit");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, window, folder);
        hideFirst(robot, window);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        byte[] saved = Files.readAllBytes(project);

        hideFirst(robot, window); // a second correction, and the quit comes before its autosave is due
        quitWithTheKeyboard(robot);
        DialogPane unsaved = dialog(robot, "unsaved");
        // the analyst takes their time over the question: longer than the autosave's two seconds
        Thread.sleep(3500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(project)).as("nothing saved while the question is open").isEqualTo(saved);
        click(robot, unsaved, "Discard");
        assertThat(stage.isShowing()).isFalse();
        assertThat(savedCorrections(project)).as("the discarded correction is not in the project").isEqualTo(1);
    }

    @Test
    void quittingAfterACancelledConflictAsksAndSavingThenOverwritesOnlyWhenToldTo(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = seedsCopy(dir, "conflict-quit");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, window, folder);
        hideFirst(robot, window);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        Files.writeString(project, "edited by someone else");
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        hideFirst(robot, window);
        click(robot, dialog(robot, "project-changed"), "Cancel");
        assertThat(stage.getTitle()).startsWith("*");

        quitWithTheKeyboard(robot);
        DialogPane unsaved = dialog(robot, "unsaved");
        assertThat(unsaved.getContentText()).contains("changed on disk");
        click(robot, unsaved, "Save");
        click(robot, dialog(robot, "project-changed"), "Cancel");
        assertThat(stage.isShowing()).as("keeping the other version does not quit either").isTrue();
        assertThat(Files.readString(project)).isEqualTo("edited by someone else");

        quitWithTheKeyboard(robot);
        click(robot, dialog(robot, "unsaved"), "Save");
        click(robot, dialog(robot, "project-changed"), "Overwrite");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(savedCorrections(project)).isEqualTo(2);
    }
}
