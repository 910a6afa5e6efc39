package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.export.ModelJsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system locale must not change what is read or written: a Turkish locale lower-cases "I" to a dotless ı (and
 * upper-cases "i" to İ, so enum names stop matching), an Arabic one formats digits as ٠١٢. The export of the seeds
 * under such a locale, in a JVM of its own (the reader's lexicons are loaded once per JVM), is byte for byte the same.
 */
class LocaleIndependenceTest {
    @ParameterizedTest
    @CsvSource({"tr,TR", "ar,EG", "hi,IN"})
    void theExportIsTheSameUnderAnySystemLocale(String language, String country, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("seeds.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Duser.language=" + language, "-Duser.country=" + country,
                "-cp", System.getProperty("java.class.path"), "claimline.Launcher", "export",
                Seeds.folder().toString(), "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        String expected = ModelJsonWriter.toString(Seeds.model());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
