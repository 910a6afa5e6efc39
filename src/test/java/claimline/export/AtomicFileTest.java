package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a file keeps the last versions as backups, and a failed attempt never costs one of them. */
class AtomicFileTest {
    private static void save(Path file, String text, int backups, AtomicFile.Steps steps) throws IOException {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), backups, steps);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void theLastThreeVersionsAreKeptNewestFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        for (String v : List.of("v1", "v2", "v3", "v4", "v5")) {
            save(file, v, 3, AtomicFile.Steps.NONE);
        }
        assertThat(read(file)).isEqualTo("v5");
        assertThat(read(dir.resolve("p.json.bak"))).isEqualTo("v4");
        assertThat(read(dir.resolve("p.json.bak.1"))).isEqualTo("v3");
        assertThat(read(dir.resolve("p.json.bak.2"))).isEqualTo("v2");
        assertThat(Files.exists(dir.resolve("p.json.bak.3"))).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("p.json", "p.json.bak", "p.json.bak.1", "p.json.bak.2");
        }
    }

    /** What an immutable file or a read-only folder does: the rename over the file is refused. */
    @Test
    void aRefusedReplacementLeavesTheFileAndEveryBackupAsTheyWere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        for (String v : List.of("v1", "v2", "v3")) {
            save(file, v, 3, AtomicFile.Steps.NONE);
        }
        for (int attempt = 0; attempt < 4; attempt++) { // autosave retries: none of them may rotate a backup
            assertThatThrownBy(() -> save(file, "v4", 3, step -> {
                if (step == AtomicFile.Step.REPLACING) {
                    throw new AccessDeniedException(file.toString(), null, "Operation not permitted");
                }
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(read(file)).isEqualTo("v3");
        assertThat(read(dir.resolve("p.json.bak"))).isEqualTo("v2");
        assertThat(read(dir.resolve("p.json.bak.1"))).isEqualTo("v1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("p.json", "p.json.bak", "p.json.bak.1");
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesEverythingAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        save(file, "v1", 3, AtomicFile.Steps.NONE);
        save(file, "v2", 3, AtomicFile.Steps.NONE);
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half of v3".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, 3, AtomicFile.Steps.NONE)).hasMessageContaining("No space left");
        assertThat(read(file)).isEqualTo("v2");
        assertThat(read(dir.resolve("p.json.bak"))).isEqualTo("v1");
    }

    @Test
    void theStepsComeInTheOrderThatKeepsAWholeVersionOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        save(file, "v1", 3, AtomicFile.Steps.NONE);
        save(file, "v2", 3, AtomicFile.Steps.NONE);
        List<AtomicFile.Step> seen = new ArrayList<>();
        save(file, "v3", 3, seen::add);
        assertThat(seen).containsExactly(AtomicFile.Step.WRITTEN, AtomicFile.Step.PREVIOUS_KEPT,
                AtomicFile.Step.REPLACING, AtomicFile.Step.REPLACED, AtomicFile.Step.ROTATING,
                AtomicFile.Step.ROTATING, AtomicFile.Step.ROTATED);
    }

    @Test
    void withoutBackupsNothingButTheFileIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.csv");
        AtomicFile.write(file, out -> out.write('a'));
        AtomicFile.write(file, out -> out.write('b'));
        assertThat(read(file)).isEqualTo("b");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path shared = dir.resolve("events.json");
        AtomicFile.write(shared, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        // an export is often passed on: not the owner-only mode of a temporary file
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-r--r--");
        Path kept = dir.resolve("private.json");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(kept, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(Files.readString(kept)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-r-----");
    }
}
