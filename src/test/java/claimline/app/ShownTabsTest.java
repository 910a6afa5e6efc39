package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Event;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The panes of the tabs below the timeline join the window when their tab is first shown (not before the window's
 * first frame), and show then what is selected already. The window opens on the side-by-side tab, as a previous
 * session that closed on it leaves it.
 */
@ExtendWith(ApplicationExtension.class)
class ShownTabsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        SeedsWindow.settings(Map.of("tab", 1));
        window = SeedsWindow.open(stage);
    }

    @BeforeEach
    void waitForTheSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
    }

    @Test
    void aTabsPaneIsMadeWhenTheTabIsFirstShownAndShowsTheEventSelectedBefore(FxRobot robot) {
        assertThat(robot.lookup("#side-by-side").tryQuery()).as("the tab the window opened on").isPresent();
        assertThat(robot.lookup("#details").tryQuery()).as("details, never shown yet").isEmpty();
        assertThat(robot.lookup("#contested-table").tryQuery()).as("contested, never shown yet").isEmpty();
        assertThat(robot.lookup("#problems").tryQuery()).as("problems, never shown yet").isEmpty();

        Event night = SeedsWindow.night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));

        Label title = robot.lookup("#details-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(night.title());
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        assertThat(robot.lookup("#contested-table").tryQuery()).isPresent();
        robot.interact(() -> window.tabs().getSelectionModel().select(4));
        assertThat(robot.lookup("#problems").tryQuery()).isPresent();
    }
}
