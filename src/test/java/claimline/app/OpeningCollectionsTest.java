package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corpus.TestPdfs;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import claimline.model.PublishedBasis;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Collections, saved pages and PDFs opened in the window as an analyst opens them: File ▸ Open… and drops. */
@ExtendWith(ApplicationExtension.class)
class OpeningCollectionsTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        WindowRobot.closeOtherWindows(stage);
        window = new MainWindow(stage);
    }

    private int cutShortLine;

    /** The seeds as a CSV export of an archive (its own column names), with one row cut short. */
    private Path seedsAsCsv() throws Exception {
        StringBuilder csv = new StringBuilder("article_id,headline,full_text,source\n");
        try (var files = Files.list(Seeds.folder())) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                csv.append(id).append(",,\"").append(Files.readString(f).replace("\"", "\"\"")).append("\",seeds\n");
                if (cutShortLine == 0) {
                    cutShortLine = csv.toString().split("\n", -1).length;
                    csv.append("cut-short,Only a title\n");
                }
            }
        }
        Path file = dir.resolve("archive-" + dir.getFileName() + ".csv");
        Files.writeString(file, csv);
        Files.deleteIfExists(ProjectSession.defaultFileFor(file));
        return file;
    }

    private void waitForDocuments(int n) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.viewModel().index() != null
                && window.viewModel().index().model().documents().size() == n && window.timeline().layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fileOpenReadsACsvCollectionLikeTheFolderAndListsTheBadRowWithItsLine(FxRobot robot) throws Exception {
        Path csv = seedsAsCsv();
        robot.interact(() -> window.menus().chooseFileWith(() -> Optional.of(csv)));
        // File ▸ Open…, by its shortcut
        robot.interact(() -> window.timeline().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitForDocuments(5);
        assertThat(window.viewModel().index().model().events()).extracting(Event::id)
                .containsExactlyElementsOf(Seeds.model().events().stream().map(Event::id).toList());
        assertThat(window.timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
        robot.clickOn("#problems-tab");
        TableView<Problem> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(csv.getFileName().toString());
            assertThat(p.kind()).isEqualTo(ProblemKind.BAD_ROW);
            assertThat(cutShortLine).isGreaterThan(3);
            assertThat(p.message()).isEqualTo("line " + cutShortLine + ": 2 fields where the header has 4");
        });
        // the reason in full on hover, where the column cuts it short
        javafx.scene.control.TableCell<?, ?> reason = robot.lookup("#problems .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getText() != null && c.getText().startsWith("line "))
                .query();
        assertThat(reason.getTooltip().getText()).isEqualTo(problems.getItems().get(0).message());
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("5 documents");
        assertThat(window.stage().getTitle()).contains(csv.getFileName().toString());
    }

    @Test
    void droppingAJsonLinesFileOpensItsArticles(FxRobot robot) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String id : List.of("000_560f87b961e31f2b", "001_226cea06c61128df")) {
            lines.add(json.writeValueAsString(Map.of("id", id, "content", Files.readString(Seeds.folder().resolve(id + ".txt")),
                    "publishedAt", "2022-09-21T08:00:00+07:00", "source", Map.of("name", "Seeds Daily"))));
        }
        Path file = dir.resolve("dropped-" + dir.getFileName() + ".jsonl");
        Files.write(file, lines);
        Files.deleteIfExists(ProjectSession.defaultFileFor(file));
        robot.interact(() -> assertThat(window.openDropped(List.of(file))).isTrue());
        waitForDocuments(2);
        Document d = window.viewModel().index().model().documents().get(0);
        assertThat(d.outlet()).isEqualTo("Seeds Daily");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.METADATA);
        assertThat(d.path()).isEqualTo(file.getFileName() + "#000_560f87b961e31f2b");
        assertThat(window.viewModel().index().model().events()).isNotEmpty();
    }

    @Test
    void droppingPagesAndPdfsReadsWhatCanBeReadAndListsTheRest(FxRobot robot) throws Exception {
        Path page = dir.resolve("beritabaru-armenia.html");
        Files.copy(Path.of("src/test/resources/pages/beritabaru-armenia.html"), page);
        Path pdf = dir.resolve("statement.pdf");
        Files.write(pdf, TestPdfs.article("Statement", List.of("Kementerian Pertahanan Armenia mengatakan pasukan "
                + "Azerbaijan menembaki Jermuk pada Selasa (13/9/2022) pukul 00:05 waktu setempat.")));
        Path secret = dir.resolve("secret.pdf");
        Files.write(secret, TestPdfs.encrypted("Secret", List.of("Teks rahasia.")));
        robot.interact(() -> window.openDropped(List.of(page, pdf, secret)));
        waitForDocuments(2);
        assertThat(window.viewModel().problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("secret.pdf");
            assertThat(p.kind()).isEqualTo(ProblemKind.ENCRYPTED);
        });
        assertThat(window.tabs().getTabs()).extracting(t -> t.getText()).contains("Problems (1)");
        Document saved = window.viewModel().index().model().documentsById().get("beritabaru-armenia");
        assertThat(saved.published().evidence()).startsWith("article:published_time");

        // the reader shows the page's article, its outlet and when it was published, from the metadata
        Event fromPage = window.viewModel().index().model().events().stream().filter(e -> e.sources().stream()
                .anyMatch(s -> s.document().equals("beritabaru-armenia"))).findFirst().orElseThrow();
        robot.interact(() -> {
            window.viewModel().select(fromPage.id());
            window.viewModel().reader().openFirst();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reader-published").queryLabeled().getText())
                .startsWith("published 13 Sep 2022 15:20 +07:00 (metadata)");
        assertThat(window.readerHighlightedText()).isNotBlank();
        assertThat(saved.text()).contains(window.readerHighlightedText());
    }
}
