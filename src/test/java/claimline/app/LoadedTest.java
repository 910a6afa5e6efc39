package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a project gives the window (no toolkit needed): a backup opened by hand is the project again. */
class LoadedTest {
    private static List<Correction> hiding(int n) {
        return Seeds.model().events().subList(0, n).stream()
                .map(e -> (Correction) new Correction.HideEvent(Anchor.of(e.sources().get(0)))).toList();
    }

    @Test
    void aBackupOpenedByHandIsSavedUnderTheNameItBacksUp(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("seeds.claimline.json");
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(1), Seeds.model()), project);
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(2), Seeds.model()), project);

        Loaded loaded = Loaded.project(AtomicFile.backup(project, 0), f -> { });
        assertThat(loaded.projectFile()).isEqualTo(project);
        assertThat(loaded.corrections()).isEqualTo(hiding(1));
        assertThat(loaded.onDisk()).as("what the file it backs up holds now").isEqualTo(hiding(2));
        assertThat(loaded.damage()).isNull();
    }

    @Test
    void aDamagedProjectBesideTheBackupOpenedByHandIsKeptAside(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("seeds.claimline.json");
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(1), Seeds.model()), project);
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(2), Seeds.model()), project);
        Files.writeString(project, "{\"format\": \"claimline-project/1\", \"corr");

        Loaded loaded = Loaded.project(AtomicFile.backup(project, 0), f -> { });
        assertThat(loaded.projectFile()).isEqualTo(project);
        assertThat(loaded.onDisk()).isEmpty();
        assertThat(project).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.matches("seeds\\.claimline\\.damaged-\\d{8}-\\d{6}\\.json"));
        }
        assertThat(loaded.note()).contains("kept aside");
    }

    @Test
    void aDamagedProjectOpenedByHandOpensItsCorpusAsItsBackupNamesIt(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("seeds.claimline.json");
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(1), Seeds.model()), project);
        ProjectFiles.save(new Project(Seeds.folder().toAbsolutePath().toString(), hiding(2), Seeds.model()), project);
        Files.writeString(project, "{\"format\": \"claimline-project/1\", \"corr");

        Loaded loaded = Loaded.project(project, f -> { });
        assertThat(loaded.base().documents()).hasSize(5);
        assertThat(loaded.corrections()).isEmpty();
        assertThat(loaded.damage()).isNotNull();
        assertThat(loaded.damage().backup().project().corrections()).isEqualTo(hiding(1));
        assertThat(project).as("nothing is moved before the user chooses").exists();
    }
}
