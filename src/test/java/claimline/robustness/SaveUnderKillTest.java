package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is atomic for real: a child JVM saves the model over and over and is killed with SIGKILL at random moments;
 * each time the file on disk is the complete old or the complete new version, and it loads.
 */
class SaveUnderKillTest {
    private static final int KILLS = Integer.getInteger("claimline.kills", 40);

    /** The child: alternately saves two versions of the model to the file, forever. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        EventModel a = ModelFiles.load(Path.of(args[1]));
        EventModel b = ModelFiles.load(Path.of(args[2]));
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            ModelFiles.save(i % 2 == 0 ? a : b, file);
        }
    }

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileWhole(@TempDir Path dir) throws Exception {
        EventModel seeds = Seeds.model();
        EventModel smaller = new EventModel(seeds.generator(), seeds.documents(), seeds.actors(), seeds.places(),
                seeds.events().subList(0, seeds.events().size() / 2), seeds.problems());
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ModelFiles.save(seeds, a);
        ModelFiles.save(smaller, b);
        byte[] va = Files.readAllBytes(a);
        byte[] vb = Files.readAllBytes(b);
        Path target = dir.resolve("project.json");
        Files.copy(a, target);
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < KILLS; k++) {
            Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    SaveUnderKillTest.class.getName(), target.toString(), a.toString(), b.toString()))
                    .redirectErrorStream(true).start();
            assertThat(new String(p.getInputStream().readNBytes(6))).isEqualTo("ready\n");
            Thread.sleep(5 + random.nextInt(120));
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            byte[] now = Files.readAllBytes(target);
            assertThat(now.length == va.length && Arrays.equals(now, va)
                    || now.length == vb.length && Arrays.equals(now, vb))
                    .as("after kill %d the file is one whole version (%d bytes)", k, now.length).isTrue();
            assertThat(ModelFiles.load(target).events()).isNotEmpty();
        }
        try (var s = Files.list(dir)) {
            // Left-over temporary files are harmless (hidden, never read) but should not pile up without bound.
            assertThat(s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count()).isLessThanOrEqualTo(KILLS);
        }
    }
}
