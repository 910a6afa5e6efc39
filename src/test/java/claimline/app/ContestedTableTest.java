package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.viewmodel.ContestedTable;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Contested tab is readable at the window's default size and at 1024x700: a narrow time column, whole titles,
 * party columns wide enough to read, text wrapped between words, rows as tall as their text.
 */
@ExtendWith(ApplicationExtension.class)
class ContestedTableTest {
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

    @Test
    void theTableIsReadableAtTheDefaultSize(FxRobot robot) {
        checkReadable(robot, "default size");
    }

    @Test
    void theTableIsReadableAt1024x700(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
        checkReadable(robot, "1024x700");
    }

    @SuppressWarnings("unchecked")
    private void checkReadable(FxRobot robot, String at) {
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ContestedTable.Row> table = robot.lookup("#contested-table").queryAs(TableView.class);
        assertThat(table.getItems()).as("contested events").hasSizeGreaterThan(1);
        List<TableColumn<ContestedTable.Row, ?>> columns = table.getColumns();
        assertThat(columns.get(0).getWidth()).as("time column at " + at).isBetween(80.0, 140.0);
        assertThat(columns.get(1).getWidth()).as("title column at " + at).isGreaterThanOrEqualTo(140);
        for (TableColumn<ContestedTable.Row, ?> party : columns.subList(2, columns.size())) {
            assertThat(party.getWidth()).as(party.getText() + " column at " + at).isGreaterThanOrEqualTo(160);
        }
        double total = columns.stream().mapToDouble(TableColumn::getWidth).sum();
        boolean sideways = table.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible());
        assertThat(sideways).as("a sideways scroll bar exactly when the columns are wider than the table, " + at)
                .isEqualTo(total > table.getWidth());
        int checked = 0;
        for (int row = 0; row < table.getItems().size(); row++) {
            int r = row;
            robot.interact(() -> table.scrollTo(r));
            WaitForAsyncUtils.waitForFxEvents();
            ContestedTable.Row item = table.getItems().get(row);
            for (TableCell<?, ?> cell : robot.lookup("#contested-table .table-cell").queryAllAs(TableCell.class)) {
                if (cell.getTableRow() == null || cell.getTableRow().getItem() != item || !cell.isVisible()) {
                    continue;
                }
                checkCell(cell, at);
                checked++;
            }
            String title = item.event().title();
            assertThat(robot.lookup("#contested-table .table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() == item)
                    .map(ContestedTableTest::textOf)).as("the whole title, " + at).contains(title);
        }
        assertThat(checked).isGreaterThanOrEqualTo(table.getItems().size() * columns.size());
    }

    /** The cell shows all its text, wrapped between words, and is as tall as the text. */
    private static void checkCell(TableCell<?, ?> cell, String at) {
        Text text = (Text) cell.lookup(".cell-text");
        assertThat(text).as("a cell's text, " + at).isNotNull();
        if (text.getText().isEmpty()) {
            return;
        }
        Bounds t = text.localToScene(text.getLayoutBounds());
        Bounds c = cell.localToScene(cell.getLayoutBounds());
        assertThat(t.getMaxY()).as("row tall enough for '" + text.getText() + "', " + at)
                .isLessThanOrEqualTo(c.getMaxY() + 0.5);
        assertThat(t.getMinY()).isGreaterThanOrEqualTo(c.getMinY() - 0.5);
        assertThat(t.getMaxX()).as("text inside its column, " + at).isLessThanOrEqualTo(c.getMaxX() + 0.5);
        double wrap = text.getWrappingWidth();
        assertThat(wrap).as("text wraps in its column, " + at).isGreaterThan(0);
        for (String word : text.getText().split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(text.getFont());
            assertThat(measure.getLayoutBounds().getWidth()).as("'" + word + "' fits on a line, not broken, " + at)
                    .isLessThanOrEqualTo(wrap);
        }
    }

    private static String textOf(TableCell<?, ?> cell) {
        Text text = (Text) cell.lookup(".cell-text");
        return text == null ? cell.getText() : text.getText();
    }
}
