package claimline.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.export.AtomicFile;
import claimline.model.Event;
import claimline.model.EventModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project files keep their last versions, and a damaged one is set aside for its newest readable backup. */
class ProjectFilesTest {
    private final EventModel seeds = Seeds.model();

    private List<Correction> hiding(int n) {
        List<Correction> out = new ArrayList<>();
        for (Event e : seeds.events().subList(0, n)) {
            out.add(new Correction.HideEvent(Anchor.of(e.sources().get(0))));
        }
        return out;
    }

    private void save(Path file, int corrections) throws Exception {
        ProjectFiles.save(new Project("seeds", hiding(corrections), seeds), file);
    }

    private static void truncate(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
    }

    @Test
    void theLastThreeVersionsAreKeptAsBackups(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seeds.claimline.json");
        for (int n = 1; n <= 5; n++) {
            save(file, n);
        }
        assertThat(ProjectFiles.backups(file)).extracting(p -> p.getFileName().toString())
                .containsExactly("seeds.claimline.json.bak", "seeds.claimline.json.bak.1", "seeds.claimline.json.bak.2");
        assertThat(ProjectFiles.backups(file)).extracting(p -> ProjectFiles.load(p).corrections().size())
                .containsExactly(4, 3, 2);
    }

    @Test
    void theNewestBackupThatLoadsIsOffered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seeds.claimline.json");
        for (int n = 1; n <= 3; n++) {
            save(file, n);
        }
        truncate(file);
        assertThat(ProjectFiles.newestReadableBackup(file)).get()
                .satisfies(b -> assertThat(b.file().getFileName()).hasToString("seeds.claimline.json.bak"))
                .satisfies(b -> assertThat(b.project().corrections()).hasSize(2));
        truncate(AtomicFile.backup(file, 0));
        assertThat(ProjectFiles.newestReadableBackup(file)).get()
                .satisfies(b -> assertThat(b.file().getFileName()).hasToString("seeds.claimline.json.bak.1"))
                .satisfies(b -> assertThat(b.project().corrections()).hasSize(1));
        truncate(AtomicFile.backup(file, 1));
        assertThat(ProjectFiles.newestReadableBackup(file)).isEmpty();
    }

    @Test
    void aDamagedFileIsKeptAsideUnderItsTimeAndNeverOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seeds.claimline.json");
        save(file, 1);
        truncate(file);
        byte[] damaged = Files.readAllBytes(file);
        Instant at = Instant.parse("2024-05-17T10:15:30Z");
        Path aside = ProjectFiles.keepAside(file, at);
        assertThat(aside.getFileName()).hasToString("seeds.claimline.damaged-20240517-101530.json");
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        Files.write(file, damaged);
        assertThat(ProjectFiles.keepAside(file, at).getFileName())
                .hasToString("seeds.claimline.damaged-20240517-101530-2.json");
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
    }

    @Test
    void aBackupBelongsToTheFileItBacksUp() {
        Path dir = Path.of("/work/p");
        assertThat(ProjectFiles.originalOf(dir.resolve("seeds.claimline.json.bak")))
                .isEqualTo(dir.resolve("seeds.claimline.json"));
        assertThat(ProjectFiles.originalOf(dir.resolve("seeds.claimline.json.bak.2")))
                .isEqualTo(dir.resolve("seeds.claimline.json"));
        assertThat(ProjectFiles.originalOf(dir.resolve("seeds.claimline.json")))
                .isEqualTo(dir.resolve("seeds.claimline.json"));
    }
}
