package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.app.timeline.TimelineView;
import claimline.timeline.Frame;
import claimline.timeline.Mark;
import claimline.timeline.TimelineItem;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fitting the seeds: the two bursts of fighting (16 November 2021, 12–20 September 2022) are both readable, long
 * empty stretches are collapsed into marked breaks, history counts only when it is shown, and nothing drawn at the
 * ends of the view is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFitTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        SeedsWindow.settings(Map.of());
        window = SeedsWindow.open(new Stage());
    }

    @BeforeEach
    void awaitSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private static double at(String iso) {
        return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
    }

    private double canvasWidth() {
        return ((Canvas) timeline().lookup(".timeline-canvas")).getWidth();
    }

    /** Pixels the real times [from, to) take in the frame last drawn. */
    private static double pixels(Frame f, String from, String to) {
        return f.x(at(to)) - f.x(at(from));
    }

    private void checkBothBurstsReadableAndNothingCut(String view) {
        checkBothBurstsReadableAndNothingCut(view, true);
    }

    /** With {@code allInView}, every mark is inside; otherwise those that are not history (the first view). */
    private void checkBothBurstsReadableAndNothingCut(String view, boolean allInView) {
        Frame f = timeline().lastFrame();
        double timeWidth = canvasWidth() - f.geometry().gutter();
        assertThat(pixels(f, "2022-09-12T00:00", "2022-09-21T00:00")).as("September 2022, " + view)
                .isGreaterThan(0.25 * timeWidth);
        assertThat(pixels(f, "2021-11-16T00:00", "2021-11-17T00:00")).as("16 November 2021, " + view)
                .isGreaterThan(40);
        for (Mark m : f.marks()) {
            if (!allInView && !m.isCluster() && timeline().itemOf(m).background()) {
                continue;
            }
            assertThat(m.x1()).as("a mark or pill cut off at the right edge, " + view).isLessThanOrEqualTo(canvasWidth());
            assertThat(m.x0()).as("a mark cut off at the left edge, " + view)
                    .isGreaterThanOrEqualTo(f.geometry().gutter());
        }
        assertThat(timeline().breaksProperty().get().breaks()).as("collapsed stretches, " + view).isNotEmpty();
    }

    @Test
    void theOpeningViewShowsBothBurstsWithRoomAtTheRightEdge(FxRobot robot) {
        checkBothBurstsReadableAndNothingCut("opening view", false);
        Frame f = timeline().lastFrame();
        double lastForeground = timeline().layoutProperty().get().items().stream().filter(i -> !i.background())
                .mapToLong(TimelineItem::endSecond).max().orElseThrow();
        assertThat(canvasWidth() - f.x(lastForeground)).as("room right of the latest event for its count pill")
                .isGreaterThanOrEqualTo(f.geometry().clusterWidth() + 8);
    }

    @Test
    void fitAllTakesHistoryOnlyWhenItIsShownAndKeepsTheBurstsReadable(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        checkBothBurstsReadableAndNothingCut("fit all with history");
        Frame f = timeline().lastFrame();
        assertThat(f.marks()).as("the 1994 war, in view").anyMatch(m -> !m.isCluster()
                && timeline().itemOf(m).background() && timeline().itemOf(m).startSecond() < at("1995-01-01T00:00"));

        robot.clickOn("View").clickOn(Messages.get("menu.view.history"));
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().showBackgroundProperty().get()).isFalse();
        checkBothBurstsReadableAndNothingCut("fit all without history");
        f = timeline().lastFrame();
        assertThat(f.marks()).noneMatch(m -> !m.isCluster() && timeline().itemOf(m).background());
        assertThat(f.x(at("2021-01-01T00:00"))).as("the view starts with the first event that is not history")
                .isCloseTo(f.geometry().gutter() + 24, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void zoomHistoryStillGoesBackAfterFitAllChangedTheBreaks(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus()); // the focus border takes two pixels of the canvas
        WaitForAsyncUtils.waitForFxEvents();
        Frame opening = timeline().lastFrame();
        double width = opening.width() - opening.geometry().gutter();
        robot.interact(() -> timeline().showBackgroundProperty().set(false));
        robot.type(KeyCode.DIGIT0);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Frame back = timeline().lastFrame();
        assertThat(back.axis().breaks()).as("fit all changed the breaks").isNotEqualTo(opening.axis().breaks());
        assertThat(back.axis().toSecond(0)).as("back to the opening view's first second")
                .isCloseTo(opening.axis().toSecond(0), org.assertj.core.data.Offset.offset(60.0));
        assertThat(back.width()).isEqualTo(opening.width());
        assertThat(back.axis().toSecond(width)).as("and its last")
                .isCloseTo(opening.axis().toSecond(width), org.assertj.core.data.Offset.offset(60.0));
    }
}
