package claimline.app;

import static claimline.app.WindowRobot.hideFirst;
import static claimline.app.WindowRobot.open;
import static claimline.app.WindowRobot.seedsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corpus.TestPdfs;
import claimline.model.Event;
import claimline.model.ProblemKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A folder that grows while it is open: the new articles are read in, the corrections hold, the status says what came. */
@ExtendWith(ApplicationExtension.class)
class FolderGrowsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        WindowRobot.closeOtherWindows(stage);
        this.stage = stage;
        window = new MainWindow(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void english() throws Exception {
        Messages.use(java.util.Locale.ENGLISH);
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
    }

    private int documents() {
        return window.viewModel().index() == null ? 0 : window.viewModel().index().model().documents().size();
    }

    @Test
    void articlesAddedToTheOpenFolderAreReadInAndTheCorrectionsStillApply(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = seedsCopy(dir, "grows-" + dir.getFileName());
        open(robot, window, folder);
        assertThat(window.watching().watching()).isTrue();
        Event hidden = hideFirst(robot, window);
        int shownBefore = window.viewModel().visibleEvents().size();
        assertThat(window.viewModel().visibleEvents()).doesNotContain(hidden);
        // the correction is saved (its word in the status bar) before the folder grows, whose word comes after
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WindowRobot.status(robot).startsWith("Corrections saved"));

        // made elsewhere and moved in together, as a batch of downloads lands
        Path page = dir.resolve("beritabaru-armenia.html");
        Files.copy(Path.of("src/test/resources/pages/beritabaru-armenia.html"), page);
        Path pdf = dir.resolve("secret.pdf");
        Files.write(pdf, TestPdfs.encrypted("Secret", List.of("Teks rahasia.")));
        Files.move(page, folder.resolve(page.getFileName()));
        Files.move(pdf, folder.resolve(pdf.getFileName()));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> documents() == Seeds.model().documents().size() + 1
                && window.viewModel().problems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().index().model().documentsById()).containsKey("beritabaru-armenia");
        assertThat(window.viewModel().problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("secret.pdf");
            assertThat(p.kind()).isEqualTo(ProblemKind.ENCRYPTED);
        });
        // the correction made before the folder grew still holds, and is still the analyst's to undo
        assertThat(window.viewModel().visibleEvents()).extracting(Event::id).doesNotContain(hidden.id());
        assertThat(window.corrections().corrections()).hasSize(1);
        assertThat(window.corrections().canUndoProperty().get()).isTrue();
        assertThat(window.viewModel().visibleEvents().size()).isGreaterThanOrEqualTo(shownBefore);
        assertThat(window.timeline().layoutProperty().get().items()).hasSize(window.viewModel().visibleEvents().size());
        assertThat(WindowRobot.status(robot)).startsWith("Added to the folder: beritabaru-armenia.html (1 article, ")
                .contains("1 file added could not be read: secret.pdf (see Problems)");
    }

    @Test
    void theWindowBuiltAgainInIndonesianGoesOnWatchingTheFolder(FxRobot robot, @TempDir Path dir) throws Exception {
        Path folder = seedsCopy(dir, "language-" + dir.getFileName());
        open(robot, window, folder);
        robot.interact(() -> window.switchLanguage(Language.INDONESIAN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> MainWindow.of(stage) != window);
        MainWindow indonesian = MainWindow.of(stage);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> indonesian.viewModel().index() != null);
        assertThat(window.watching().watching()).as("the old window no longer watches").isFalse();
        assertThat(indonesian.watching().watching()).isTrue();

        Files.copy(Path.of("src/test/resources/pages/beritabaru-armenia.html"), folder.resolve("beritabaru-armenia.html"));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> indonesian.viewModel().index().model().documents().size()
                == Seeds.model().documents().size() + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowRobot.status(robot)).startsWith("Ditambahkan ke folder: beritabaru-armenia.html (1 artikel, ");
    }

    @Test
    void openingSomethingElseStopsTheWatching(FxRobot robot, @TempDir Path dir) throws Exception {
        Path folder = seedsCopy(dir, "stops-" + dir.getFileName());
        open(robot, window, folder);
        assertThat(window.watching().watching()).isTrue();
        Path txt = dir.resolve("one.txt");
        Files.copy(Seeds.folder().resolve("001_226cea06c61128df.txt"), txt);
        robot.interact(() -> window.openDropped(List.of(txt)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> documents() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.watching().watching()).isFalse();
    }
}
