package claimline.app;

import static claimline.app.WindowRobot.hideFirst;
import static claimline.app.WindowRobot.night;
import static claimline.app.WindowRobot.open;
import static claimline.app.WindowRobot.seedsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.ModelFiles;
import claimline.model.Event;
import claimline.model.Stance;
import claimline.viewmodel.ActorEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tells about corrections: counts that add up, notes, the filter and disagreements after a change. */
@ExtendWith(ApplicationExtension.class)
class CorrectionsInTheWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        WindowRobot.closeOtherWindows(stage);
        window = new MainWindow(stage);
    }

    private Path folder;

    @BeforeEach
    void openTheSeeds(FxRobot robot, @TempDir Path dir) throws Exception {
        folder = seedsCopy(dir, "corrections-" + dir.getFileName());
    }

    @Test
    void correctionsWhoseArticleIsGoneAreCountedUnderProblemsAndInTheStatus(FxRobot robot) throws Exception {
        List<Event> events = Seeds.model().events();
        Event from002 = events.stream().filter(e -> e.sources().stream().allMatch(s -> s.document().startsWith("002_")))
                .findFirst().orElseThrow();
        List<Event> elsewhere = events.stream().filter(e -> e.sources().stream()
                .noneMatch(s -> s.document().startsWith("002_"))).limit(2).toList();
        Anchor gone = Anchor.of(from002.sources().get(0));
        List<Correction> made = List.of(new Correction.AddNote(gone, "check the casualty figure"),
                new Correction.HideEvent(Anchor.of(elsewhere.get(0).sources().get(0))),
                new Correction.HideEvent(gone),
                new Correction.AddNote(Anchor.of(elsewhere.get(1).sources().get(0)), "still applies"));
        ProjectFiles.save(new Project(folder.toString(), made, Seeds.model()), ProjectSession.defaultFileFor(folder));
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("002_")).toList()) {
                Files.delete(f);
            }
        }

        open(robot, window, folder);
        assertThat(WindowRobot.status(robot))
                .contains("2 of 4 corrections re-applied, 2 no longer apply (see Problems)");
        assertThat(window.tabs().getTabs()).extracting(t -> t.getText()).contains("Problems (2)");
        assertThat(window.corrections().unapplied()).extracting(u -> u.correction()).containsExactly(made.get(0),
                made.get(2));
    }

    @Test
    void allCorrectionsReappliedAreCountedToo(FxRobot robot) throws Exception {
        Event first = Seeds.model().events().get(0);
        ProjectFiles.save(new Project(folder.toString(), List.of(new Correction.HideEvent(Anchor.of(
                first.sources().get(0)))), Seeds.model()), ProjectSession.defaultFileFor(folder));
        open(robot, window, folder);
        assertThat(WindowRobot.status(robot)).contains("1 correction re-applied");
        assertThat(window.tabs().getTabs()).extracting(t -> t.getText()).as("no count when there is nothing")
                .contains("Problems");
    }

    @Test
    void aNoteIsShownInTheDetailsAndWrittenToTheExport(FxRobot robot, @TempDir Path out) throws Exception {
        open(robot, window, folder);
        Event night = night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery()
                .isPresent());
        TextField text = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> text.setText("Armenia gives Goris, Azerbaijan Lachin: ask the OSCE"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details .note").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("✎ Armenia gives Goris, Azerbaijan Lachin: ask the OSCE");

        Path json = out.resolve("events.json");
        robot.interact(() -> window.save(json));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(json));
        assertThat(ModelFiles.load(json).events()).filteredOn(e -> e.id().equals(night.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).containsExactly("Armenia gives Goris, Azerbaijan Lachin: ask the OSCE"));
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ListView<ActorEntry> actors(FxRobot robot) {
        return robot.lookup("#actors").queryAs(javafx.scene.control.ListView.class);
    }

    /** Every actor is shown by the filter and checked on screen (the rows read their checks from the filter). */
    private void assertEveryActorChecked(FxRobot robot) {
        javafx.scene.control.ListView<ActorEntry> actors = actors(robot);
        assertThat(actors.getItems()).isNotEmpty().allSatisfy(e -> assertThat(window.viewModel().isShown(e)).isTrue());
        assertThat(robot.lookup("#actors .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).map(c -> (CheckBox) c.lookup(".check-box")).toList())
                .isNotEmpty().allSatisfy(b -> assertThat(b.isSelected()).isTrue());
    }

    @Test
    void theActorCheckboxesShowTheFilterAfterACorrectionAndAllChecksThemAgain(FxRobot robot) throws Exception {
        open(robot, window, folder);
        assertEveryActorChecked(robot);
        hideFirst(robot, window);
        assertThat(window.viewModel().filter().hiddenActors()).isEmpty();
        assertEveryActorChecked(robot);

        robot.clickOn(armenia(robot).lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().filter().hiddenActors()).isNotEmpty();
        hideFirst(robot, window);
        assertThat(((CheckBox) armenia(robot).lookup(".check-box")).isSelected()).as("a hidden party stays unchecked")
                .isFalse();
        robot.clickOn("#actors-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().filter().hiddenActors()).isEmpty();
        assertEveryActorChecked(robot);
    }

    /** Armenia's heading in the actor list (the entry itself changes with its counts after a correction). */
    private static ListCell<?> armenia(FxRobot robot) {
        return robot.lookup("#actors .list-cell").match((ListCell<?> c) -> c.getItem() instanceof ActorEntry e
                && e.party() && e.key().equals("ARM")).query();
    }

    @Test
    void markingTheDenialAsAssertingTakesTheDenialOutOfTheDetails(FxRobot robot) throws Exception {
        open(robot, window, folder);
        Event night = night(window);
        assertThat(night.claims()).anyMatch(c -> c.stance() == Stance.DENIES);
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        robot.interact(() -> window.viewModel().select(night.id()));
        WaitForAsyncUtils.waitForFxEvents();
        String denial = "⚠ " + Messages.get("fact.denial") + ":";
        assertThat(disagreements(robot)).anyMatch(d -> d.startsWith(denial));

        MenuButton denies = robot.lookup("#details .claim-menu").queryAllAs(MenuButton.class).stream()
                .filter(m -> m.getText().contains("denies")).findFirst().orElseThrow();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane details = robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class);
            double y = denies.localToScene(0, 0).getY() - details.getContent().localToScene(0, 0).getY();
            double room = details.getContent().getLayoutBounds().getHeight() - details.getViewportBounds().getHeight();
            details.setVvalue(Math.min(1, Math.max(0, y / Math.max(1, room))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(denies);
        robot.clickOn("Mark as asserting");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().selectedProperty().get().id()).isEqualTo(night.id());
        assertThat(window.viewModel().selectedProperty().get().claims()).noneMatch(c -> c.stance() == Stance.DENIES);
        assertThat(disagreements(robot)).isNotEmpty().noneMatch(d -> d.startsWith(denial));
    }

    private static List<String> disagreements(FxRobot robot) {
        return robot.lookup("#details .disagreement").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
