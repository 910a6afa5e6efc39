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
    void aBrokenProjectIsRefusedWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("bad.json");
        java.nio.file.Files.writeString(project, "{\"format\": \"claimline-project/1\", \"corrections\": 5}");
        int code = ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--project", project.toString(),
                "--out", dir.resolve("o.json").toString());
        assertThat(code).isEqualTo(ClaimlineCommand.INVALID);
    }
}
