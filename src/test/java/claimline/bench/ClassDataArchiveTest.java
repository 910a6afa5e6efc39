package claimline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up bench starts the app as the README's launch command does: with the archive made at package time. */
class ClassDataArchiveTest {
    @Test
    void theArchiveBesideTheJarIsPassedToTheJvm(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("claimline.jar"));
        Files.createFile(dir.resolve(ClassDataArchive.FILE_NAME));
        assertThat(ClassDataArchive.jvmOptions(jar.toString()))
                .containsExactly("-XX:SharedArchiveFile=" + dir.resolve(ClassDataArchive.FILE_NAME));
    }

    @Test
    void withoutAnArchiveOrAJarTheJvmStartsAsUsual(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("claimline.jar"));
        assertThat(ClassDataArchive.jvmOptions(jar.toString())).isEmpty();
        // running from the classes directories (the tests, mvn javafx:run): no archive applies
        Files.createFile(dir.resolve(ClassDataArchive.FILE_NAME));
        assertThat(ClassDataArchive.jvmOptions(dir.resolve("classes") + File.pathSeparator + jar)).isEmpty();
    }
}
