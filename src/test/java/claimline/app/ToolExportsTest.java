package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.export.AcledCsvWriter;
import claimline.model.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export ▸ for TimelineJS and Export ▸ Events as ACLED-style CSV in the real window, driven by the robot through the
 * menu (the file chooser answered by the test), each file read back with the parser the other tool would use.
 */
@ExtendWith(ApplicationExtension.class)
class ToolExportsTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SeedsWindow.settings(java.util.Map.of());
        window = SeedsWindow.open(stage);
    }

    @BeforeEach
    void awaitSeeds() throws Exception {
        SeedsWindow.awaitSeeds(window);
        WindowRobot.closeOtherWindows(stage);
    }

    /** Shows only the contested events, so that what the filter lets through differs from the whole model. */
    private List<Event> contestedOnly(FxRobot robot) {
        robot.clickOn("#contested-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = List.copyOf(window.viewModel().visibleEvents());
        assertThat(shown).isNotEmpty().hasSizeLessThan(window.viewModel().index().model().events().size());
        return shown;
    }

    private void answerChooserWith(Path file) {
        window.menus().chooseTargetWith(suggested -> Optional.of(file));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryLabeled().getText();
    }

    @Test
    void timelineJsFromTheMenuHoldsASlidePerEventShownAndTheStatusBarSaysSo(FxRobot robot, @TempDir Path dir)
            throws Exception {
        List<Event> shown = contestedOnly(robot);
        Path file = dir.resolve("timeline.json");
        answerChooserWith(file);
        robot.clickOn("Export").clickOn("Export for TimelineJS…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("title").get("text").get("headline").asText()).isEqualTo("seeds");
        List<String> ids = new ArrayList<>();
        root.get("events").forEach(s -> ids.add(s.get("unique_id").asText()));
        assertThat(ids).containsExactlyElementsOf(shown.stream().map(Event::id).toList());
        Event night = SeedsWindow.night(window);
        JsonNode slide = root.get("events").get(ids.indexOf(night.id()));
        assertThat(slide.get("group").asText()).contains("Armenia", "Azerbaijan");
        assertThat(slide.get("text").get("text").asText()).contains("KOMPAS.com");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> status(robot).equals(shown.size() + " events written as TimelineJS slides to " + file));
    }

    @Test
    void acledFromTheMenuHoldsARowPerEventShownAndPlaceWithCoordinates(FxRobot robot, @TempDir Path dir)
            throws Exception {
        List<Event> shown = contestedOnly(robot);
        Path file = dir.resolve("events-acled.csv");
        answerChooserWith(file);
        robot.clickOn("Export").clickOn("Export Events as ACLED-style CSV…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(AcledCsvWriter.HEADER);
            rows = p.getRecords();
        }
        assertThat(rows).hasSize((int) shown.stream().mapToLong(e -> Math.max(1, e.places().size())).sum());
        Event night = SeedsWindow.night(window);
        CSVRecord goris = rows.stream().filter(r -> r.get("event_id_cnty").equals(night.id() + ":goris")).findFirst()
                .orElseThrow();
        assertThat(goris.get("event_date")).isEqualTo("2022-09-13");
        assertThat(goris.get("time_precision")).isEqualTo("1");
        assertThat(Double.parseDouble(goris.get("latitude"))).isBetween(39.0, 40.0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith(rows.size() + " rows for "
                + shown.size() + " events"));
    }

    @Test
    void anExportThatCannotBeWrittenIsToldInADialogNamingTheFileAndWhy(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "a file, not a folder");
        Path file = notAFolder.resolve("events-acled.csv");
        answerChooserWith(file);
        robot.clickOn("Export").clickOn("Export Events as ACLED-style CSV…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#export-failed").tryQuery().isPresent());
        DialogPane failed = robot.lookup("#export-failed").queryAs(DialogPane.class);
        assertThat(failed.getHeaderText()).isEqualTo("The export was not written");
        assertThat(failed.getContentText()).contains(file.toString()).contains("Not a directory");
        assertThat(status(robot)).startsWith("Not exported: " + file);
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-failed").tryQuery()).isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder");
    }
}
