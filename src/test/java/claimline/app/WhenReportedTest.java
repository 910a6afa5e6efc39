package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.app.timeline.TimelineView;
import claimline.export.ModelFiles;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Published;
import claimline.model.TimePoint;
import claimline.timeline.Frame;
import claimline.timeline.Mark;
import claimline.timeline.ReportLinks;
import claimline.timeline.TimeMode;
import claimline.timeline.TimelineItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window switched to "when it was reported" with its key: reports at their publication times. */
@ExtendWith(ApplicationExtension.class)
class WhenReportedTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        prefs = SeedsWindow.settings(Map.of());
        window = SeedsWindow.open(stage);
    }

    @BeforeEach
    void waitForTheSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
    }

    /** Other tests open the window in the mode the preferences remember: leave it as they expect. */
    @AfterEach
    void forgetTheMode() throws Exception {
        prefs.remove("view.reported");
        prefs.flush();
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private static void ctrlR(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long publicationDayStart(Document d) {
        return TimePoint.day(d.published().date()).startEpochSecond();
    }

    private CheckMenuItem menuItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "when-reported".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theKeyPlacesEachSidesReportsAtTheirArticlesPublicationDayLinkedToTheHappeningAndTheDetailsGiveTheChronology(
            FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        ctrlR(robot);
        assertThat(window.viewModel().timeModeProperty().get()).isEqualTo(TimeMode.REPORTED);
        assertThat(menuItem(robot).isSelected()).isTrue();
        assertThat(prefs.getBoolean("view.reported", false)).as("remembered like the other view settings").isTrue();
        ReportLinks links = timeline().reportLinksProperty().get();
        List<TimelineItem> items = timeline().layoutProperty().get().items();
        Map<String, Document> docs = Seeds.model().documentsById();
        assertThat(items).hasSizeGreaterThan(Seeds.model().events().size()).allSatisfy(it -> {
            String doc = it.id().substring(it.id().lastIndexOf('@') + 1);
            assertThat(it.startSecond()).isEqualTo(publicationDayStart(docs.get(doc)));
            assertThat(links.of(it.id())).isNotNull();
        });
        // every seed event has its reports on the axis: the seeds' articles all have a publication date
        for (Event e : Seeds.model().events()) {
            assertThat(links.reportsOf(e.id())).as(e.title()).isNotEmpty();
        }

        // the night of 13 September: its reports drawn on the 13th and the 20th, each joined to 00:05 on the 13th
        Event night = SeedsWindow.night(window);
        robot.interact(() -> {
            timeline().selectedIdProperty().set(night.id());
            timeline().zoomToSelection();
            timeline().selectedIdProperty().set(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Frame f = timeline().lastFrame();
        List<Mark> reportMarks = f.marks().stream().filter(m -> !m.isCluster()
                && night.id().equals(links.selectionOf(items.get(m.item()).id()))).toList();
        assertThat(reportMarks).isNotEmpty().allSatisfy(m -> {
            TimelineItem it = items.get(m.item());
            assertThat(m.x0()).isCloseTo(f.x(it.startSecond()), org.assertj.core.data.Offset.offset(0.5));
        });
        assertThat(links.connectors(f, timeline().layoutProperty().get()))
                .filteredOn(c -> c.event().equals(night.id()))
                .isNotEmpty().allSatisfy(c -> assertThat(c.xFrom()).isEqualTo(f.x(night.time().startEpochSecond())));

        // clicking one of its reports selects the event, and the details tell when each side reported it
        Mark first = reportMarks.get(0);
        Node canvas = timeline().lookup(".timeline-canvas");
        Point2D at = canvas.localToScreen((first.x0() + first.x1()) / 2, (first.y0() + first.y1()) / 2);
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(night);
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        String reported = robot.lookup("#details-reported").queryAs(Label.class).getText();
        assertThat(reported).contains("Armenia 13 Sep 2022").contains("Azerbaijan 13 Sep 2022");
        assertThat(robot.lookup("#details-first-report").queryAs(Label.class).getText())
                .isEqualTo("first reported the same day");
        // its tooltip says whose version, where, when, and how long after the happening
        String tip = timeline().describerProperty().get().apply(items.get(first.item()));
        assertThat(tip).contains(night.title()).contains("published 13 Sep 2022").contains("first reported the same day");

        // the side-by-side view gives each side's own first report under its column
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#side-by-side .reported-cell").queryAllAs(Label.class))
                .extracting(Label::getText).anyMatch(t -> t.startsWith("first reported 13 Sep 2022"));

        // the key again: back to when it happened, the selection kept
        robot.interact(() -> timeline().requestFocus());
        ctrlR(robot);
        assertThat(window.viewModel().timeModeProperty().get()).isEqualTo(TimeMode.HAPPENED);
        assertThat(timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
        assertThat(timeline().reportLinksProperty().get().reports()).isFalse();
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(night);
        assertThat(prefs.getBoolean("view.reported", true)).isFalse();
    }

    /**
     * Ctrl+R and Ctrl+R again: back to when it happened with the view the analyst had before (the window and where
     * the lanes were scrolled), the selection kept; it zoomed to the selection instead.
     */
    @Test
    void theKeyAgainGoesBackToTheViewTheAnalystHad(FxRobot robot) {
        Event night = SeedsWindow.night(window);
        robot.interact(() -> {
            window.viewModel().select(night.id());
            timeline().fitAll();
            timeline().zoomIn();
            timeline().scrollYProperty().set(12);
            timeline().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        claimline.timeline.ZoomState before = timeline().zoomProperty().get();
        claimline.timeline.TimeBreaks breaks = timeline().breaksProperty().get();
        double scrolled = timeline().scrollYProperty().get();
        ctrlR(robot);
        assertThat(window.viewModel().timeModeProperty().get()).isEqualTo(TimeMode.REPORTED);
        assertThat(timeline().zoomProperty().get()).as("the reports of the night shown").isNotEqualTo(before);
        ctrlR(robot);
        assertThat(window.viewModel().timeModeProperty().get()).isEqualTo(TimeMode.HAPPENED);
        assertThat(timeline().breaksProperty().get()).isEqualTo(breaks);
        assertThat(timeline().zoomProperty().get()).as("the window the analyst had").isEqualTo(before);
        assertThat(timeline().scrollYProperty().get()).isEqualTo(scrolled);
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(night);
    }

    @Test
    void aFilterWhenReportedDrawsOnlyTheVisibleEventsReportsAndBackWhenItHappenedTheFilteredEventsAreMaskedNotRemade(
            FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        ctrlR(robot);
        robot.clickOn("#contested");
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> visible = window.viewModel().visibleEvents().stream().map(Event::id).collect(Collectors.toSet());
        assertThat(visible).isNotEmpty().hasSizeLessThan(Seeds.model().events().size());
        ReportLinks links = timeline().reportLinksProperty().get();
        List<TimelineItem> drawn = timeline().layoutProperty().get().items();
        assertThat(links.reports()).isTrue();
        assertThat(timeline().shownProperty().get()).as("the reports of the visible events, all shown").isNull();
        assertThat(drawn).isNotEmpty().allSatisfy(it -> assertThat(visible).contains(links.selectionOf(it.id())));
        assertThat(visible).allSatisfy(id -> assertThat(drawn).as(id)
                .anyMatch(it -> id.equals(links.selectionOf(it.id()))));

        // back to when it happened: the model's own items, masked to the contested events
        robot.interact(() -> timeline().requestFocus());
        ctrlR(robot);
        assertThat(window.viewModel().timeModeProperty().get()).isEqualTo(TimeMode.HAPPENED);
        assertThat(timeline().itemsProperty().get()).isSameAs(window.viewModel().index().timelineItems());
        assertThat(timeline().reportLinksProperty().get()).isSameAs(ReportLinks.NONE);
        assertThat(timeline().noteProperty().get()).isEmpty();
        assertThat(timeline().layoutProperty().get().items()).extracting(TimelineItem::id)
                .containsExactlyInAnyOrderElementsOf(visible);

        // the filter off again: the same items, a new mask
        robot.clickOn("#contested");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().itemsProperty().get()).isSameAs(window.viewModel().index().timelineItems());
        assertThat(timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
    }

    @Test
    void reportsOfArticlesWithoutAPublicationTimeAreNotDrawnButCountedInANote(FxRobot robot, @TempDir Path dir)
            throws Exception {
        EventModel seeds = Seeds.model();
        Document undated = seeds.documents().get(1);
        EventModel model = new EventModel(seeds.generator(), seeds.documents().stream().map(d -> d == undated
                ? d.withPublished(Published.unknown("no date in the text")) : d).toList(), seeds.actors(),
                seeds.places(), seeds.events(), seeds.problems());
        Path file = dir.resolve("undated.json");
        ModelFiles.save(model, file);
        int before = window.viewModel().modelGenerationProperty().get();
        robot.interact(() -> window.openModel(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.viewModel().modelGenerationProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().requestFocus());
        ctrlR(robot);
        long expected = window.viewModel().timelineContent().undated();
        assertThat(expected).isPositive();
        assertThat(timeline().layoutProperty().get().items())
                .noneMatch(it -> it.id().endsWith("@" + undated.id()));
        Label note = robot.lookup("#timeline-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(expected + " reports without a publication time");
        // a passage of that article says its publication time is unknown
        Event night = SeedsWindow.night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-first-report").queryAs(Label.class).getText())
                .endsWith("reports without a publication time");
        assertThat(robot.lookup("#details .source-link").queryAll()).map(n -> ((javafx.scene.control.Hyperlink) n)
                .getText()).anyMatch(t -> t.endsWith("publication time unknown"));
        ctrlR(robot);
        assertThat(note.isVisible()).isFalse();
    }

    @Test
    void theMenuItemAndTheKeyAreOneAndTheHelpListsTheKey(FxRobot robot) {
        MenuItem item = menuItem(robot);
        assertThat(item.getAccelerator()).isEqualTo(Shortcut.WHEN_REPORTED.keys().get(0));
        assertThat(Shortcut.lines()).anyMatch(l -> l.section() == Shortcut.Section.VIEW
                && l.keys().contains(Shortcut.WHEN_REPORTED.keys().get(0).getDisplayText())
                && l.description().equals(Messages.get("menu.view.reported")));
        robot.interact(() -> ((CheckMenuItem) item).setSelected(true));
        assertThat(timeline().reportLinksProperty().get().reports()).isTrue();
        robot.interact(() -> ((CheckMenuItem) item).setSelected(false));
        assertThat(timeline().reportLinksProperty().get().reports()).isFalse();
    }
}
