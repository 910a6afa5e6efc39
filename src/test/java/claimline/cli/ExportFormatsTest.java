package claimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.export.AcledCsvWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format timelinejs|acled}: the files other tools read, from the command line. */
class ExportFormatsTest {
    private static List<CSVRecord> csv(String text) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(AcledCsvWriter.HEADER);
            return p.getRecords();
        }
    }

    private static String stdoutOf(Runnable r) {
        PrintStream was = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(was);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void timelineJsIsASlidePerEventOfTheCorpusTitledByItsFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline.json");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "timelinejs",
                "--out", out.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        assertThat(root.get("title").get("text").get("headline").asText()).isEqualTo("seeds");
        assertThat(root.get("events")).hasSize(Seeds.model().events().size());
    }

    @Test
    void acledGoesToAFileOrToStandardOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("events.csv");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "acled",
                "--out", out.toString())).isZero();
        List<CSVRecord> rows = csv(Files.readString(out, StandardCharsets.UTF_8));
        long expected = Seeds.model().events().stream().mapToLong(e -> Math.max(1, e.places().size())).sum();
        assertThat(rows).hasSize((int) expected);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("location")).isEqualTo("Goris");
            assertThat(r.get("country")).isEqualTo("Armenia");
            assertThat(r.get("latitude")).isNotEmpty();
        });

        String piped = stdoutOf(() -> assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(),
                "--format", "acled", "--out", "-")).isZero());
        assertThat(csv(piped)).hasSize(rows.size());
    }

    @Test
    void theHelpNamesEveryFormatAndAnUnknownOneIsAUsageError(@TempDir Path dir) {
        String help = stdoutOf(() -> ClaimlineCommand.run(f -> { }, "export", "--help"));
        assertThat(help.replaceAll("\\s+", " ")).contains("--format=FORMAT").contains("TimelineJS3 timeline")
                .contains("ACLED-style CSV").contains("One of: json, geojson, timelinejs, acled");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "timeline",
                "--out", dir.resolve("x.json").toString())).isEqualTo(ClaimlineCommand.USAGE);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenIsExitCodeFour(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "timelinejs",
                "--out", notAFolder.resolve("timeline.json").toString())).isEqualTo(ClaimlineCommand.OUTPUT);
    }
}
