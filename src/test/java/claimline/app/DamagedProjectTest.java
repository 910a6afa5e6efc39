package claimline.app;

import static claimline.app.WindowRobot.buttons;
import static claimline.app.WindowRobot.click;
import static claimline.app.WindowRobot.dialog;
import static claimline.app.WindowRobot.hideFirst;
import static claimline.app.WindowRobot.open;
import static claimline.app.WindowRobot.seedsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import claimline.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

/** A project file that does not read never keeps the articles from opening, and is never lost either. */
@ExtendWith(ApplicationExtension.class)
class DamagedProjectTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        WindowRobot.closeOtherWindows(stage);
        this.stage = stage;
        window = new MainWindow(stage);
    }

    private static List<Correction> hiding(int n) {
        return Seeds.model().events().subList(0, n).stream()
                .map(e -> (Correction) new Correction.HideEvent(Anchor.of(e.sources().get(0)))).toList();
    }

    private static byte[] truncate(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(all, all.length / 2);
        Files.write(file, half);
        return half;
    }

    private static List<Path> keptAside(Path project) throws Exception {
        try (var files = Files.list(project.getParent())) {
            return files.filter(f -> f.getFileName().toString()
                    .matches(java.util.regex.Pattern.quote(project.getFileName().toString().replaceFirst("\\.json$", ""))
                            + "\\.damaged-\\d{8}-\\d{6}\\.json")).toList();
        }
    }

    @Test
    void aTruncatedProjectFileOpensTheArticlesAndItsGoodBackupBecomesTheProjectAgain(FxRobot robot,
            @TempDir Path dir) throws Exception {
        Path folder = seedsCopy(dir, "damaged-with-backup");
        Path project = ProjectSession.defaultFileFor(folder);
        ProjectFiles.save(new Project(folder.toString(), hiding(1), Seeds.model()), project);
        ProjectFiles.save(new Project(folder.toString(), hiding(2), Seeds.model()), project);
        byte[] damaged = truncate(project);
        byte[] backup = Files.readAllBytes(AtomicFile.backup(project, 0));

        open(robot, window, folder);
        DialogPane offer = dialog(robot, "damaged-project");
        assertThat(window.timeline().layoutProperty().get().items()).as("the articles are open")
                .hasSize(Seeds.model().events().size());
        assertThat(offer.getContentText()).contains(project.toString()).contains("damaged-with-backup.claimline.json.bak")
                .contains("1 correction");
        assertThat(buttons(offer)).containsExactly("Restore Backup", "Start Afresh");
        click(robot, offer, "Restore Backup");

        Event hidden = Seeds.model().events().get(0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        assertThat(window.timeline().layoutProperty().get().indexOf(hidden.id())).isNegative();
        assertThat(window.timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size() - 1);
        assertThat(ProjectFiles.load(project).corrections()).as("saved again under its own name").isEqualTo(hiding(1));
        assertThat(keptAside(project)).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        assertThat(Files.readAllBytes(AtomicFile.backup(project, 0))).isEqualTo(backup);
        assertThat(WindowRobot.status(robot)).contains("Restored");

        open(robot, window, folder);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowRobot.showing(robot, "damaged-project")).as("the next open finds a good project file").isNull();
        assertThat(window.corrections().corrections()).isEqualTo(hiding(1));
    }

    @Test
    void aTruncatedProjectFileWithoutABackupIsKeptAsideAndTheCorpusStartsAfresh(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = seedsCopy(dir, "damaged-alone");
        Path project = ProjectSession.defaultFileFor(folder);
        ProjectFiles.save(new Project(folder.toString(), hiding(2), Seeds.model()), project);
        byte[] damaged = truncate(project);

        open(robot, window, folder);
        DialogPane offer = dialog(robot, "damaged-project");
        assertThat(offer.getContentText()).contains(project.toString()).contains("No backup");
        assertThat(buttons(offer)).containsExactly("Start Afresh");
        assertThat(window.timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
        click(robot, offer, "Start Afresh");

        assertThat(project).doesNotExist();
        assertThat(keptAside(project)).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        assertThat(stage.getTitle()).doesNotStartWith("*");
        assertThat(WindowRobot.status(robot)).contains(keptAside(project).get(0).getFileName().toString());

        hideFirst(robot, window);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project) && !stage.getTitle().startsWith("*"));
        assertThat(ProjectFiles.load(project).corrections()).hasSize(1);
        assertThat(keptAside(project)).hasSize(1);
    }
}
