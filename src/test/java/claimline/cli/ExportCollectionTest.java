package claimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection file on the command line opens like a folder. */
class ExportCollectionTest {
    @TempDir
    Path dir;

    /** The seeds as JSON Lines, one article per line, each with its file's name as id. */
    private Path seedsAsJsonLines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Seeds.folder())) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                lines.add(json.writeValueAsString(Map.of("id", id, "text", Files.readString(f))));
            }
        }
        lines.add(2, "{\"id\": \"broken\", \"text\": ");
        Path file = dir.resolve("seeds.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void theSeedsAsJsonLinesGiveTheEventsOfTheSeedsFolderAndTheBadLineIsAProblem() throws Exception {
        Path out = dir.resolve("out.json");
        assertThat(ClaimlineCommand.run(f -> { }, "export", seedsAsJsonLines().toString(), "--out", out.toString()))
                .isEqualTo(ClaimlineCommand.OK);
        EventModel m = ModelFiles.load(out);
        assertThat(m.events()).isEqualTo(Seeds.model().events());
        assertThat(m.documents()).extracting(d -> d.path()).allMatch(p -> p.startsWith("seeds.jsonl#"));
        assertThat(m.problems()).containsExactly(new Problem("seeds.jsonl", ProblemKind.BAD_ROW,
                "line 3: not JSON (Unexpected end-of-input within/between Object entries)"));
    }

    @Test
    void aMappingOnTheCommandLineNamesTheColumnsAndABadOneIsAUsageError() throws Exception {
        Path csv = dir.resolve("arsip.csv");
        Files.writeString(csv, "kode,naskah\nb1,\"" + Files.readString(Seeds.folder().resolve("001_226cea06c61128df.txt"))
                .replace("\"", "\"\"") + "\"\n");
        Path out = dir.resolve("out.json");
        assertThat(ClaimlineCommand.run(f -> { }, "export", csv.toString(), "--out", out.toString()))
                .isEqualTo(ClaimlineCommand.OK);
        assertThat(ModelFiles.load(out).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("kode, naskah"));
        assertThat(ClaimlineCommand.run(f -> { }, "export", csv.toString(), "--columns", "text=naskah,id=kode",
                "--out", out.toString())).isEqualTo(ClaimlineCommand.OK);
        EventModel m = ModelFiles.load(out);
        assertThat(m.documents()).extracting(d -> d.id()).containsExactly("b1");
        assertThat(m.events()).isNotEmpty();
        assertThat(m.problems()).isEmpty();

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(ClaimlineCommand.run(f -> { }, "export", csv.toString(), "--columns", "naskah",
                    "--out", out.toString())).isEqualTo(ClaimlineCommand.USAGE);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--columns", "FIELD=COLUMN");
    }

    @Test
    void aFileThatIsNeitherAFolderNorACollectionIsACorpusError() throws Exception {
        Path txt = dir.resolve("one.txt");
        Files.writeString(txt, "text");
        assertThat(ClaimlineCommand.run(f -> { }, "export", txt.toString(), "--out", dir.resolve("o.json").toString()))
                .isEqualTo(ClaimlineCommand.CORPUS);
    }
}
