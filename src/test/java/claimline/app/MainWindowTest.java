package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.app.timeline.TimelineView;
import claimline.model.Event;
import claimline.model.Precision;
import claimline.model.Problem;
import claimline.model.Source;
import claimline.timeline.Mark;
import claimline.timeline.TimelineItem;
import claimline.viewmodel.ActorEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The user's paths through the real window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // Each test starts from a fresh layout, whatever the previous one left in the test preferences.
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        Files.deleteIfExists(ProjectSession.defaultFileFor(Seeds.folder()));
        window = new MainWindow(stage);
        window.openCorpus(Seeds.folder());
    }

    @BeforeEach
    void waitForTheSeeds() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.timeline().layoutProperty().get() != null
                && window.timeline().layoutProperty().get().items().size() == Seeds.model().events().size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private Event night() {
        return window.viewModel().visibleEvents().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    /** Where on screen the timeline draws an event, zooming in on it first so that it is a mark of its own. */
    private Point2D markOf(FxRobot robot, Event e) {
        robot.interact(() -> {
            timeline().selectedIdProperty().set(e.id());
            timeline().zoomToSelection();
            timeline().selectedIdProperty().set(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int index = timeline().layoutProperty().get().indexOf(e.id());
        Mark m = timeline().lastFrame().marks().stream().filter(x -> x.item() == index).findFirst().orElseThrow();
        Node canvas = timeline().lookup(".timeline-canvas");
        return canvas.localToScreen((m.x0() + m.x1()) / 2, (m.y0() + m.y1()) / 2);
    }

    @Test
    void opensOnTheSeedsWithEveryEventOnTheTimeline(FxRobot robot) {
        assertThat(robot.listWindows()).anyMatch(w -> w instanceof Stage s && s.getTitle().startsWith("Claimline"));
        assertThat(timeline().layoutProperty().get().items()).extracting(TimelineItem::id)
                .containsExactlyInAnyOrderElementsOf(Seeds.model().events().stream().map(Event::id).toList());
        assertThat(timeline().lastFrame().marks()).isNotEmpty();
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("5 documents");
    }

    @Test
    void uncheckingAnActorRemovesTheEventsOnlyItCarries(FxRobot robot) {
        ActorEntry armenia = window.viewModel().actorEntries().stream().filter(e -> e.party() && e.key().equals("ARM"))
                .findFirst().orElseThrow();
        ListCell<?> cell = robot.lookup("#actors .list-cell").match((ListCell<?> c) -> armenia.equals(c.getItem()))
                .query();
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineItem> items = timeline().layoutProperty().get().items();
        // what stays involves some actor that is still checked; Armenia's claims and lane are gone
        assertThat(items).allSatisfy(i -> assertThat(window.viewModel().index().involved(window.viewModel().index()
                .event(i.id()))).anyMatch(a -> !window.viewModel().index().partyOf(a).equals("ARM")));
        assertThat(window.viewModel().visibleEvents()).allSatisfy(e -> assertThat(window.viewModel().filter()
                .visibleClaims(e)).noneMatch(c -> window.viewModel().index().partyOf(c.claimant()).equals("ARM")));
        assertThat(timeline().layoutProperty().get().lanes()).noneMatch(l -> l.key().equals("ARM"));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("showing " + items.size());
    }

    @Test
    void aFilterChangeKeepsTheSelectedEventAndHidesExactlyTheEventsFilteredOut(FxRobot robot) {
        Event night = night();
        robot.clickOn(markOf(robot, night));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().selectedIdProperty().get()).isEqualTo(night.id());
        // a type of some other events: unchecking it hides them
        claimline.model.EventType other = Seeds.model().events().stream().map(Event::type)
                .filter(t -> t != night.type()).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<claimline.model.EventType> types =
                robot.lookup("#types").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> types.scrollTo(other));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#types .list-cell").match((ListCell<?> c) -> other.equals(c.getItem()))
                .query();
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().visibleEvents().size()).isLessThan(Seeds.model().events().size());
        // the timeline shows exactly what the filter lets through, in time order, and the night is still selected
        assertThat(timeline().layoutProperty().get().items()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(window.viewModel().visibleEvents().stream().map(Event::id).toList());
        assertThat(timeline().selectedIdProperty().get()).isEqualTo(night.id());
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(night);
        int index = timeline().layoutProperty().get().indexOf(night.id());
        assertThat(timeline().lastFrame().marks()).anyMatch(m -> m.item() == index);
    }

    @Test
    void clickingAnEventAndThenItsSourceHighlightsThePassageInTheReader(FxRobot robot) {
        Event night = night();
        robot.clickOn("Details");
        robot.clickOn(markOf(robot, night));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(night);
        assertThat(robot.lookup("#details-title").queryLabeled().getText()).isEqualTo(night.title());
        Hyperlink link = robot.lookup("#details .source-link").queryAs(Hyperlink.class);
        ScrollPane details = robot.lookup("#details").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double content = details.getContent().getLayoutBounds().getHeight();
            double viewport = details.getViewportBounds().getHeight();
            double y = link.localToScene(0, 0).getY() - details.getContent().localToScene(0, 0).getY();
            details.setVvalue(Math.min(1, y / Math.max(1, content - viewport)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        Source s = window.viewModel().reader().highlightedProperty().get();
        assertThat(s).isIn(night.sources());
        String expected = Seeds.model().documentsById().get(s.document()).text().substring(s.start(), s.end());
        assertThat(window.readerHighlightedText()).isEqualTo(expected);
        assertThat(robot.lookup("#reader-published").queryLabeled().getText()).startsWith("published ").contains(" 20");
        robot.clickOn("#reader-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().reader().highlightedProperty().get()).isNotEqualTo(s).isIn(night.sources());
    }

    @Test
    void theSideBySideViewHasAColumnPerClaimingParty(FxRobot robot) {
        robot.interact(() -> window.viewModel().select(night().id()));
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> headings = robot.lookup("#columns .party-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertThat(headings).contains("Armenia", "Azerbaijan");
        assertThat(robot.lookup("#columns .party-column").queryAll()).hasSize(headings.size());
        long partisan = night().claims().stream()
                .filter(c -> !window.viewModel().index().partyOf(c.claimant()).isEmpty())
                .mapToLong(c -> c.sources().size()).sum();
        assertThat(robot.lookup("#columns .claim-card").queryAll()).hasSize((int) partisan);
    }

    /**
     * Four parties tell of the night: each column keeps a readable width (a scroll bar sideways rather than columns
     * of 100 px where "United States" was cut to "United St…" and words of the passages were broken in two:
     * "pertempur an", "infrastrukt ur"); the title and why the event is contested above them still wrap in the pane.
     */
    @Test
    void theSideBySideColumnsShowWholeNamesAndWholeWords(FxRobot robot) {
        robot.interact(() -> window.viewModel().select(night().id()));
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> headings = robot.lookup("#columns .party-heading").queryAllAs(Label.class).stream().toList();
        assertThat(headings).hasSizeGreaterThanOrEqualTo(4);
        for (Label h : headings) {
            String shown = h.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).collect(Collectors.joining(" "));
            assertThat(shown.replaceAll("\\s+", " ")).as("the heading shown").isEqualTo(h.getText());
        }
        // only the columns scroll sideways: why the event is contested still wraps inside the pane
        Node why = robot.lookup("#side-contested-why").query();
        Node pane = robot.lookup("#side-by-side").query();
        assertThat(why.localToScene(why.getLayoutBounds()).getMaxX()).as("the contested note's right edge")
                .isLessThanOrEqualTo(pane.localToScene(pane.getLayoutBounds()).getMaxX());
        for (javafx.scene.Node column : robot.lookup("#columns .party-column").queryAll()) {
            for (javafx.scene.Node link : column.lookupAll(".source-link")) {
                javafx.scene.control.Hyperlink passage = (javafx.scene.control.Hyperlink) link;
                javafx.scene.layout.Region card = (javafx.scene.layout.Region) passage.getParent();
                double width = card.getWidth() - card.snappedLeftInset() - card.snappedRightInset();
                for (String word : passage.getText().split("\\s+")) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                    t.setFont(passage.getFont());
                    assertThat(t.getLayoutBounds().getWidth() + passage.snappedLeftInset()
                            + passage.snappedRightInset()).as("\"" + word + "\" in a column " + width + " px wide")
                            .isLessThanOrEqualTo(width);
                }
            }
        }
    }

    @Test
    void keysMoveTheSelectionThroughTheEventsInTimeOrder(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        List<Event> inOrder = window.viewModel().visibleEvents();
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(inOrder.get(0));
        robot.type(KeyCode.RIGHT, 2);
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(inOrder.get(2));
        robot.type(KeyCode.LEFT);
        assertThat(window.viewModel().selectedProperty().get()).isEqualTo(inOrder.get(1));
        robot.type(KeyCode.ENTER);
        assertThat(window.viewModel().reader().highlightedProperty().get()).isIn(inOrder.get(1).sources());
        robot.type(KeyCode.ESCAPE);
        assertThat(window.viewModel().selectedProperty().get()).isNull();
    }

    @Test
    void openingAFolderWithBadFilesListsThemAndKeepsTheGoodOnes(FxRobot robot, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Jakarta, 3 Maret 2023 - Pasukan Tajikistan menembaki pos "
                + "perbatasan Kirgistan pada Kamis malam, kata Kementerian Pertahanan Kirgistan.");
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        Files.writeString(dir.resolve("empty.txt"), "");
        robot.interact(() -> window.openCorpus(dir));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().problems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // the list is in its tab, made when the tab is first shown
        robot.clickOn("#problems-tab");
        TableView<Problem> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(Problem::path).containsExactlyInAnyOrder("picture.txt", "empty.txt");
        assertThat(window.viewModel().index().model().documents()).extracting(d -> d.path()).containsExactly("good.txt");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("1 documents").contains("2 problems");
    }

    @Test
    void hidingAnEventIsUndoableAndSavedBesideTheCorpusAndReappliedOnTheNextOpen(FxRobot robot) throws Exception {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        Event victim = window.viewModel().selectedProperty().get();
        assertThat(victim).isNotNull();
        robot.type(KeyCode.DELETE);
        assertThat(timeline().layoutProperty().get().indexOf(victim.id())).isNegative();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(timeline().layoutProperty().get().indexOf(victim.id())).isNotNegative();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(timeline().layoutProperty().get().indexOf(victim.id())).isNegative();

        Path project = ProjectSession.defaultFileFor(Seeds.folder());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project));
        assertThat(claimline.corrections.ProjectFiles.load(project).corrections()).hasSize(1);

        robot.interact(() -> window.openCorpus(Seeds.folder()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.corrections().corrections().size() == 1
                && timeline().layoutProperty().get().items().size() == Seeds.model().events().size() - 1);
        assertThat(timeline().layoutProperty().get().indexOf(victim.id())).isNegative();
        assertThat(window.corrections().unapplied()).isEmpty();
    }

    @Test
    void aProjectFileChangedByAnotherProgramIsNotOverwrittenWithoutAsking(FxRobot robot) throws Exception {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DELETE);
        Path project = ProjectSession.defaultFileFor(Seeds.folder());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(project));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);

        Files.writeString(project, "edited by someone else");
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visibleButton(robot, "Cancel") != null);
        assertThat(Files.readString(project)).isEqualTo("edited by someone else");
        robot.clickOn(visibleButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(project)).isEqualTo("edited by someone else");
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Not saved");
    }

    @Test
    void openingAHostileModelFileReportsItAndKeepsWhatWasShown(FxRobot robot, @TempDir Path dir) throws Exception {
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "{\"format\": \"claimline/1\", \"documents\": [{\"id\": \"a\"");
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(10_000));
        for (Path bad : List.of(truncated, deep)) {
            robot.interact(() -> window.openModel(bad));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#status").queryLabeled().getText().startsWith("Cannot read"));
            assertThat(window.viewModel().index().model().documents()).hasSize(5);
            assertThat(timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
        }
    }

    @Test
    void exportsWriteTheVisibleClaimsAsCsvAndTheTimelineAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("claims.csv");
        Path png = dir.resolve("timeline.png");
        robot.interact(() -> window.exportCsv(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        long passages = Seeds.model().events().stream().flatMap(e -> e.claims().stream())
                .mapToLong(c -> c.sources().size()).sum();
        assertThat(Files.readString(csv)).startsWith("\"event\",\"title\"").contains("2022-09-13T00:05+04:00");
        assertThat(Files.readString(csv).split("\r\n(?=\"ev-|$)")).hasSize((int) passages + 1);
        robot.interact(() -> window.exportPng(png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(500);
    }

    @Test
    void editingAnEventThroughTheDialogRenamesItEverywhereAndUndoBringsTheNameBack(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        Event chosen = window.viewModel().selectedProperty().get();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField title = robot.lookup("#edit-title").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> title.setText("Renamed by the analyst"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        int i = timeline().layoutProperty().get().indexOf(chosen.id());
        assertThat(timeline().layoutProperty().get().items().get(i).title()).isEqualTo("Renamed by the analyst");
        assertThat(window.viewModel().selectedProperty().get().title()).isEqualTo("Renamed by the analyst");
        robot.interact(() -> window.corrections().undo());
        int j = timeline().layoutProperty().get().indexOf(chosen.id());
        assertThat(timeline().layoutProperty().get().items().get(j).title()).isEqualTo(chosen.title());
    }

    /** A button with this text that is on screen now (dialogs take a pulse or two to show). */
    private static javafx.scene.control.Button visibleButton(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && b.getScene() != null
                        && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing()
                        && b.localToScreen(b.getBoundsInLocal()) != null)
                .findFirst().orElse(null);
    }
}
