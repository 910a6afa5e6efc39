package claimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.ModelFiles;
import claimline.model.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportProjectTest {
    @Test
    void exportWithAProjectAppliesItsCorrections(@TempDir Path dir) throws Exception {
        Event first = Seeds.model().events().get(0);
        Path project = dir.resolve("seeds.claimline.json");
        ProjectFiles.save(new Project(Seeds.folder().toString(),
                List.of(new Correction.HideEvent(Anchor.of(first.sources().get(0)))), Seeds.model()), project);
        Path out = dir.resolve("out.json");
        int code = ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--project", project.toString(),
                "--out", out.toString());
        assertThat(code).isZero();
        List<Event> events = ModelFiles.load(out).events();
        assertThat(events).hasSize(Seeds.model().events().size() - 1);
        assertThat(events).extracting(Event::id).doesNotContain(first.id());
    }

    @Test
    void exportWithAProjectCarriesTheAnalystsNotes(@TempDir Path dir) throws Exception {
        Event first = Seeds.model().events().get(0);
        Path project = dir.resolve("seeds.claimline.json");
        ProjectFiles.save(new Project(Seeds.folder().toString(),
                List.of(new Correction.AddNote(Anchor.of(first.sources().get(0)), "ask the OSCE")), Seeds.model()),
                project);
        Path out = dir.resolve("out.json");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--project", project.toString(),
                "--out", out.toString())).isZero();
        assertThat(ModelFiles.load(out).events()).filteredOn(e -> e.id().equals(first.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).containsExactly("ask the OSCE"));
    }

    @Test
    void aDamagedProjectFailsWithExitCodeOneAndNamesTheBackupThatReads(@TempDir Path dir) throws Exception {
        Event first = Seeds.model().events().get(0);
        Path project = dir.resolve("seeds.claimline.json");
        Project p = new Project(Seeds.folder().toString(),
                List.of(new Correction.HideEvent(Anchor.of(first.sources().get(0)))), Seeds.model());
        ProjectFiles.save(p, project);
        ProjectFiles.save(p, project);
        byte[] whole = java.nio.file.Files.readAllBytes(project);
        java.nio.file.Files.write(project, java.util.Arrays.copyOf(whole, whole.length / 2));
        String[] args = {"export", Seeds.folder().toString(), "--project", project.toString(),
                "--out", dir.resolve("o.json").toString()};
        String err = stderrOf(() -> assertThat(ClaimlineCommand.run(f -> { }, args)).isEqualTo(ClaimlineCommand.INVALID));
        assertThat(err).contains(project.toString()).contains("not valid JSON")
                .contains("seeds.claimline.json.bak").contains("1 correction").contains("--project");
        assertThat(dir.resolve("o.json")).doesNotExist();

        java.nio.file.Files.write(project.resolveSibling("seeds.claimline.json.bak"), new byte[] {'{'});
        err = stderrOf(() -> assertThat(ClaimlineCommand.run(f -> { }, args)).isEqualTo(ClaimlineCommand.INVALID));
        assertThat(err).contains("no readable backup");
    }

    private static String stderrOf(Runnable r) {
        java.io.PrintStream was = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(was);
        }
        return err.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aBrokenProjectIsRefusedWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("bad.json");
        java.nio.file.Files.writeString(project, "{\"format\": \"claimline-project/1\", \"corrections\": 5}");
        int code = ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--project", project.toString(),
                "--out", dir.resolve("o.json").toString());
        assertThat(code).isEqualTo(ClaimlineCommand.INVALID);
    }
}
