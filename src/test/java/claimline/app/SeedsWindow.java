package claimline.app;

import claimline.Seeds;
import claimline.model.Event;
import claimline.model.Precision;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the seeds for robot tests, started from settings the test chooses. */
final class SeedsWindow {
    private SeedsWindow() {}

    /** The test preferences, cleared, then holding the given values (as the previous run would have left them). */
    static Preferences settings(Map<String, ?> values) throws Exception {
        Preferences prefs = Preferences.userRoot().node(System.getProperty("claimline.settings.node"));
        prefs.clear();
        values.forEach((k, v) -> prefs.put(k, String.valueOf(v)));
        prefs.flush();
        return prefs;
    }

    /** Opens the window on the seeds (no project file left from other tests). Call from {@code @Start}. */
    static MainWindow open(Stage stage) throws Exception {
        Files.deleteIfExists(ProjectSession.defaultFileFor(Seeds.folder()));
        MainWindow window = new MainWindow(stage);
        window.openCorpus(Seeds.folder());
        return window;
    }

    /** Waits until every seed event is on the timeline and the window has settled. */
    static void awaitSeeds(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.timeline().layoutProperty().get() != null
                && window.timeline().layoutProperty().get().items().size() == Seeds.model().events().size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The night of 12–13 September 2022: the clash at 00:05, the event most sources tell. */
    static Event night(MainWindow window) {
        return window.viewModel().visibleEvents().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }
}
