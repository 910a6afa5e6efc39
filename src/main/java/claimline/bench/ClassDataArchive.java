package claimline.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class-data sharing archive that {@code mvn package} makes beside {@code claimline.jar} (a training run of the
 * window, headless, dumped with {@code -XX:ArchiveClassesAtExit}): the app's, JavaFX's and the libraries' classes
 * already parsed and verified, mapped into memory at start-up instead of loaded one by one. The JVM checks that the
 * jars are the ones it was made from, and starts without it (as it would without the option) when they are not.
 */
public final class ClassDataArchive {
    public static final String FILE_NAME = "claimline.jsa";

    private ClassDataArchive() {}

    /**
     * The JVM options to start the app with the archive beside the jar of {@code classPath}; none when the class
     * path is not that one jar (the classes directories, which an archive cannot hold) or the archive is missing.
     */
    public static List<String> jvmOptions(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return List.of();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(FILE_NAME);
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }
}
