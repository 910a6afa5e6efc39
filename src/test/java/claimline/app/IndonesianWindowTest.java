package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Event;
import claimline.viewmodel.ContestedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The interface in Bahasa Indonesia: chosen by the settings (or the system) when the window opens, or from
 * View ▸ Language while it is open (the window is built again in it and carries on the analyst's work), with dates
 * written the Indonesian way, and no key of a bundle shown raw.
 */
@ExtendWith(ApplicationExtension.class)
class IndonesianWindowTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        // Each window gets a stage of its own (see open).
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    private void open(FxRobot robot, Map<String, ?> remembered) throws Exception {
        SeedsWindow.settings(remembered);
        robot.interact(() -> {
            try {
                stage = new Stage();
                window = SeedsWindow.open(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        SeedsWindow.awaitSeeds(window);
    }

    private static List<String> menus(MainWindow w) {
        MenuBar bar = (MenuBar) w.stage().getScene().lookup("#menu-bar");
        return bar.getMenus().stream().map(m -> m.getText().replace("_", "")).toList();
    }

    @Test
    void theWindowOpensInIndonesianWhenTheSettingsSaySoWithIndonesianDates(FxRobot robot) throws Exception {
        open(robot, Map.of("language", "id"));
        assertThat(menus(window)).containsExactly("Berkas", "Sunting", "Ekspor", "Tampilan", "Bantuan");
        assertThat(window.tabs().getTabs()).extracting(t -> t.getText())
                .containsExactly("Rincian", "Berdampingan", "Diperdebatkan", "Peristiwa", "Masalah");
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("5 dokumen · 24 peristiwa · ");
        assertThat(robot.lookup(".timeline-legend .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("bentrokan bersenjata", "gencatan senjata", "diperdebatkan", "sejarah");

        Event night = SeedsWindow.night(window);
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ContestedTable.Row> table = robot.lookup("#contested-table").queryAs(TableView.class);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Waktu");
        int row = table.getItems().stream().map(ContestedTable.Row::event).toList().indexOf(night);
        assertThat(row).isNotNegative();
        assertThat(table.getColumns().get(0).getCellData(row)).isEqualTo("13 Sep 2022, pukul 00.05 (UTC+4)");

        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        robot.interact(() -> window.viewModel().select(night.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#events .list-cell").queryAllAs(ListCell.class).stream()
                .map(Labeled::getText).filter(t -> t != null && t.contains("00.05")))
                .contains("13 Sep 2022, pukul 00.05 (UTC+4)   bentrokan bersenjata   " + night.title());
        robot.interact(() -> window.openSource(night.sources().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reader-published").queryLabeled().getText()).startsWith("terbit ");
        assertNoKeyShownRaw(window);
    }

    @Test
    void choosingBahasaIndonesiaFromTheViewMenuRebuildsTheWindowInItAndCarriesOnTheWork(FxRobot robot)
            throws Exception {
        open(robot, Map.of());
        assertThat(menus(window)).containsExactly("File", "Edit", "Export", "View", "Help");
        robot.interact(() -> window.timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        Event hidden = window.viewModel().selectedProperty().get();
        robot.type(KeyCode.DELETE);
        Event night = SeedsWindow.night(window);
        robot.interact(() -> {
            window.viewModel().filterProperty().set(window.viewModel().filter().withContestedOnly(true));
            window.viewModel().select(night.id());
        });
        assertThat(window.viewModel().visibleEvents()).doesNotContain(hidden);
        robot.interact(() -> window.openSource(night.sources().get(1)));
        String reading = window.readerHighlightedText();

        robot.clickOn("View").clickOn("Language").clickOn("Bahasa Indonesia");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> MainWindow.of(stage) != window);
        MainWindow indonesian = MainWindow.of(stage);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> indonesian.viewModel().index() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menus(indonesian)).containsExactly("Berkas", "Sunting", "Ekspor", "Tampilan", "Bantuan");
        assertThat(indonesian.viewModel().filter().contestedOnly()).as("the filter carried on").isTrue();
        assertThat(indonesian.viewModel().selectedProperty().get()).as("the selection carried on")
                .extracting(Event::id).isEqualTo(night.id());
        assertThat(indonesian.viewModel().index().contains(hidden)).as("the correction carried on").isFalse();
        assertThat(indonesian.readerHighlightedText()).as("the passage being read carried on").isEqualTo(reading);
        assertThat(indonesian.viewModel().reader().positionProperty().get()).isEqualTo(1);
        robot.interact(() -> indonesian.corrections().undo());
        assertThat(indonesian.viewModel().index().model().events()).as("and its undo")
                .anyMatch(e -> e.id().equals(hidden.id()));
        assertThat(Preferences.userRoot().node(System.getProperty("claimline.settings.node")).get("language", null))
                .isEqualTo("id");
        assertNoKeyShownRaw(indonesian);

        // The next start remembers the choice.
        robot.interact(() -> {
            stage.close();
            try {
                stage = new Stage();
                window = SeedsWindow.open(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().index() != null);
        assertThat(menus(window)).startsWith("Berkas");
        robot.interact(stage::close);
    }

    @Test
    void inIndonesianEveryPaneIsStillUsableAt1024x700(FxRobot robot) throws Exception {
        open(robot, Map.of("language", "id", "window.w", 1024.0, "window.h", 700.0));
        assertThat(stage.getWidth()).isEqualTo(1024);
        javafx.geometry.Bounds pane = window.tabs().localToScene(window.tabs().getLayoutBounds());
        java.util.Set<Node> tabs = robot.lookup(".tab-pane > .tab-header-area .tab").queryAll();
        assertThat(tabs).hasSize(5);
        for (Node tab : tabs) {
            assertThat(tab.localToScene(tab.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
        }
        for (String id : List.of("#actors-all", "#actors-none", "#contested")) {
            Labeled l = robot.lookup(id).queryAs(Labeled.class);
            String shown = l.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                    .findFirst().orElse("");
            assertThat(shown).as(id).isEqualTo(l.getText());
            assertThat(l.localToScene(l.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        }
    }

    /** No text on show (labels, menus, tabs, columns, tooltips, prompts) is a bundle key, as a missing one would be. */
    private static void assertNoKeyShownRaw(MainWindow w) {
        List<String> texts = new ArrayList<>();
        collect(w.stage().getScene().getRoot(), texts);
        MenuBar bar = (MenuBar) w.stage().getScene().lookup("#menu-bar");
        for (Menu m : bar.getMenus()) {
            collect(m, texts);
        }
        w.tabs().getTabs().forEach(t -> texts.add(t.getText()));
        assertThat(texts).isNotEmpty().noneMatch(t -> t != null && t.matches("[a-z]+(\\.[a-zA-Z_]+)+"));
    }

    private static void collect(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, texts));
        }
    }

    private static void collect(Node n, List<String> texts) {
        if (n instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (n instanceof Text t) {
            texts.add(t.getText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (n instanceof javafx.scene.control.TextInputControl t) {
            texts.add(t.getPromptText());
        }
        if (n instanceof TableView<?> t) {
            t.getColumns().forEach(c -> texts.add(c.getText()));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }
}
