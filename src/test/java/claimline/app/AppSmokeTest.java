package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Event;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it opens on the seeds and fills with their events. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {
    @Start
    void start(Stage stage) {
        new MainWindow(stage).openCorpus(Seeds.folder());
    }

    @Test
    void opensOnTheSeedsAndShowsTheirEvents(FxRobot robot) throws Exception {
        assertThat(robot.listWindows()).anyMatch(w -> w instanceof Stage s && "Claimline".equals(s.getTitle()));
        ListView<Event> events = robot.lookup("#events").queryListView();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !events.getItems().isEmpty());
        assertThat(events.getItems()).hasSize(Seeds.model().events().size());
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("5 documents");
    }
}
