package claimline.app;

import static claimline.app.WindowRobot.buttons;
import static claimline.app.WindowRobot.click;
import static claimline.app.WindowRobot.dialog;
import static claimline.app.WindowRobot.hideFirst;
import static claimline.app.WindowRobot.open;
import static claimline.app.WindowRobot.quitWithTheKeyboard;
import static claimline.app.WindowRobot.seedsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keeping the corrections safe speaks the interface's language: the questions and warnings about the project file
 * are in Indonesian in an Indonesian window, and unsaved corrections stay guarded when the language is changed while
 * they wait (the window is built again and carries on the save under way, the failure and its retry).
 */
@ExtendWith(ApplicationExtension.class)
class SavingInIndonesianTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        WindowRobot.closeOtherWindows(primary);
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        Messages.use(Locale.ENGLISH);
    }

    private MainWindow window(FxRobot robot, Map<String, ?> remembered) throws Exception {
        SeedsWindow.settings(remembered);
        MainWindow[] made = new MainWindow[1];
        robot.interact(() -> {
            stage = new Stage();
            made[0] = new MainWindow(stage);
        });
        return made[0];
    }

    /** What an immutable project file does to a save: the rename over it is refused. */
    private static void makeSavesFail(MainWindow w, Path project) {
        w.session().stepsForTests(target -> !target.equals(project) ? AtomicFile.Steps.NONE : step -> {
            if (step == AtomicFile.Step.REPLACING) {
                throw new AccessDeniedException(project.toString(), null, "Operation not permitted");
            }
        });
    }

    /** What each button of a dialog shows (its words, or its words cut short with "…"). */
    private static List<String> shownTexts(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> pane.lookupButton(t).lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst().orElse("")).toList();
    }

    private static String saveState(FxRobot robot) {
        return robot.lookup("#save-state").queryLabeled().getText();
    }

    @Test
    void aFailedSaveCarriesOnWhenTheLanguageChangesAndQuittingStillAsksInIndonesian(FxRobot robot,
            @TempDir Path dir) throws Exception {
        MainWindow english = window(robot, Map.of());
        Path folder = seedsCopy(dir, "unsaved-language");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, english, folder);
        makeSavesFail(english, project);
        hideFirst(robot, english);
        click(robot, dialog(robot, "save-failed"), "Close");
        assertThat(stage.getTitle()).startsWith("*");

        robot.clickOn("View").clickOn("Language").clickOn("Bahasa Indonesia");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> MainWindow.of(stage) != english);
        MainWindow indonesian = MainWindow.of(stage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).as("still unsaved after the switch").startsWith("*");
        assertThat(saveState(robot)).startsWith("Tidak tersimpan (Operation not permitted) — dicoba lagi dalam");

        quitWithTheKeyboard(robot);
        DialogPane unsaved = dialog(robot, "unsaved");
        assertThat(unsaved.getHeaderText()).isEqualTo("Simpan koreksi Anda dulu?");
        assertThat(buttons(unsaved)).containsExactlyInAnyOrder("Simpan", "Simpan Sebagai…", "Buang", "Batal");
        assertThat(shownTexts(unsaved)).as("no button's words cut short").isEqualTo(buttons(unsaved));
        assertThat(unsaved.getContentText()).contains(project.toString())
                .contains("Penyimpanan terakhir gagal: Operation not permitted");
        click(robot, unsaved, "Batal");
        assertThat(stage.isShowing()).as("Batal keeps the window and the correction").isTrue();
        assertThat(indonesian.corrections().corrections()).hasSize(1);

        indonesian.session().stepsForTests(target -> AtomicFile.Steps.NONE); // the file can be written again
        quitWithTheKeyboard(robot);
        click(robot, dialog(robot, "unsaved"), "Simpan");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(ProjectFiles.load(project).corrections()).as("the correction made before the switch").hasSize(1);
    }

    @Test
    void aCorrectionWaitingForTheAutosaveIsSavedByTheWindowInTheNewLanguage(FxRobot robot, @TempDir Path dir)
            throws Exception {
        MainWindow english = window(robot, Map.of());
        Path folder = seedsCopy(dir, "autosave-language");
        Path project = ProjectSession.defaultFileFor(folder);
        open(robot, english, folder);
        hideFirst(robot, english);
        robot.interact(() -> english.switchLanguage(Language.INDONESIAN));
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(saveState(robot)).isEqualTo("Koreksi belum tersimpan");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        assertThat(ProjectFiles.load(project).corrections()).hasSize(1);
        hideFirst(robot, MainWindow.of(stage));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> ProjectFiles.load(project).corrections().size() == 2
                && !stage.getTitle().startsWith("*"));
    }

    @Test
    void theDamagedProjectTheChangedFileAndTheFailedSaveAreToldInIndonesian(FxRobot robot, @TempDir Path dir)
            throws Exception {
        MainWindow w = window(robot, Map.of("language", "id"));
        Path folder = seedsCopy(dir, "damaged-indonesian");
        Path project = ProjectSession.defaultFileFor(folder);
        List<Correction> hiding = Seeds.model().events().subList(0, 2).stream()
                .map(e -> (Correction) new Correction.HideEvent(Anchor.of(e.sources().get(0)))).toList();
        ProjectFiles.save(new Project(folder.toString(), hiding.subList(0, 1), Seeds.model()), project);
        ProjectFiles.save(new Project(folder.toString(), hiding, Seeds.model()), project);
        byte[] all = Files.readAllBytes(project);
        Files.write(project, Arrays.copyOf(all, all.length / 2));

        open(robot, w, folder);
        DialogPane damaged = dialog(robot, "damaged-project");
        assertThat(damaged.getHeaderText()).isEqualTo("Berkas proyek tidak dapat dibaca");
        assertThat(damaged.getContentText()).contains("rusak").contains("berisi 1 koreksi");
        assertThat(buttons(damaged)).containsExactly("Pulihkan Cadangan", "Mulai dari Awal");
        assertThat(shownTexts(damaged)).isEqualTo(buttons(damaged));
        click(robot, damaged, "Pulihkan Cadangan");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("*"));
        assertThat(WindowRobot.status(robot)).startsWith("1 koreksi dipulihkan dari ");

        Files.writeString(project, "edited by someone else");
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        hideFirst(robot, w);
        DialogPane changed = dialog(robot, "project-changed");
        assertThat(changed.getHeaderText()).isEqualTo("Berkas proyek berubah di disk");
        assertThat(buttons(changed)).containsExactly("Timpa", "Batal");
        click(robot, changed, "Batal");
        assertThat(saveState(robot)).isEqualTo("Tidak tersimpan: berkas proyek berubah di disk");

        makeSavesFail(w, project);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        click(robot, dialog(robot, "project-changed"), "Timpa");
        DialogPane failed = dialog(robot, "save-failed");
        assertThat(failed.getHeaderText()).isEqualTo("Koreksi Anda belum tersimpan");
        assertThat(failed.getContentText()).contains(project.toString()).contains("Alasan: Operation not permitted");
        assertThat(buttons(failed)).containsExactly("Simpan Sebagai…", "Tutup");
        assertThat(shownTexts(failed)).isEqualTo(buttons(failed));
        click(robot, failed, "Tutup");
        assertThat(Files.readString(project)).isEqualTo("edited by someone else");
    }
}
