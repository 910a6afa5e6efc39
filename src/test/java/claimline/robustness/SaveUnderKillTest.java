package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is atomic for real: a child JVM saves over and over and is killed with SIGKILL, at random moments and at
 * each step of a save with its backup rotation; each time the file on disk is the complete old or the complete new
 * version, every backup loads, and nothing that was saved before the kill is missing.
 */
class SaveUnderKillTest {
    private static final int KILLS = Integer.getInteger("claimline.kills", 40);
    /** The steps of a project save with three backups in place, where the deterministic kills stop the child. */
    private static final List<String> STOPS = List.of("WRITTEN:1", "PREVIOUS_KEPT:1", "REPLACING:1", "REPLACED:1",
            "ROTATING:1", "ROTATING:2", "ROTATING:3", "ROTATED:1");

    /**
     * The child. {@code model FILE A B}: alternately saves two versions of a model, forever. {@code project FILE MODEL
     * STOP}: saves the project with one more correction each time (an analyst's autosaves), printing "saved N" once
     * a save with N corrections is complete; with STOP = STEP:n it prints "at STEP" and waits to be killed at the
     * n-th time a save (with three backups already there) reaches that step; with exit:n it saves n times and ends.
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("model")) {
            EventModel a = ModelFiles.load(Path.of(args[2]));
            EventModel b = ModelFiles.load(Path.of(args[3]));
            System.out.println("ready");
            System.out.flush();
            for (long i = 0; ; i++) {
                ModelFiles.save(i % 2 == 0 ? a : b, file);
            }
        }
        EventModel model = ModelFiles.load(Path.of(args[2]));
        String[] stop = args[3].split(":");
        int made = Files.exists(file) ? ProjectFiles.load(file).corrections().size() : 0;
        System.out.println("ready");
        System.out.flush();
        for (int round = 1; ; round++) {
            if (stop[0].equals("exit") && round > Integer.parseInt(stop[1])) {
                return;
            }
            made++;
            boolean stopHere = !stop[0].equals("none") && !stop[0].equals("exit") && ProjectFiles.backups(file).size() == ProjectFiles.BACKUPS;
            int[] seen = {0};
            ProjectFiles.save(new Project("seeds", notes(made), model), file, step -> {
                if (stopHere && step.name().equals(stop[0]) && ++seen[0] == Integer.parseInt(stop[1])) {
                    System.out.println("at " + step);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }
            });
            System.out.println("saved " + made);
            System.out.flush();
        }
    }

    private static List<Correction> notes(int n) {
        List<Correction> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Correction.AddNote(new Anchor("001", 0, 10), "note " + i));
        }
        return out;
    }

    private static Process child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SaveUnderKillTest.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(new String(p.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("ready\n");
        return p;
    }

    private static void kill(Process p) throws Exception {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
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
        for (int k = 0; k < KILLS; k++) {
            Process p = child("model", target.toString(), a.toString(), b.toString());
            Thread.sleep(5 + random.nextInt(120));
            kill(p);
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

    @Test
    void aKillAtAnyStepOfTheBackupRotationLosesNoSavedCorrection(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.json");
        ModelFiles.save(Seeds.model(), model);
        Path file = dir.resolve("seeds.claimline.json");
        Random random = new Random(7);
        List<String> stops = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            stops.addAll(STOPS);
        }
        for (int k = 0; k < KILLS / 4; k++) {
            stops.add("random");
        }
        for (String stop : stops) {
            // what is on disk before this child starts counts as saved as well
            int before = Files.exists(file) ? ProjectFiles.load(file).corrections().size() : -1;
            Process p = child("project", file.toString(), model.toString(), stop.equals("random") ? "none" : stop);
            java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger(-1);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            // never hang the build: a child that does not stop where told is killed all the same (and the checks fail)
            java.util.concurrent.CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(p::destroyForcibly);
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("saved ")) {
                            saved.set(Integer.parseInt(line.substring(6)));
                        } else if (line.startsWith("at ")) {
                            p.destroyForcibly();
                            return;
                        }
                    }
                } catch (java.io.IOException e) {
                    // the kill closed the stream: a "saved" line not read yet only makes the check below looser
                }
            });
            reader.start();
            if (stop.equals("random")) {
                Thread.sleep(5 + random.nextInt(300));
                kill(p);
            }
            reader.join();
            kill(p);
            checkAfterKill(file, Math.max(before, saved.get()), stop);
        }
        checkTheNextSavesMendTheBackups(file, model);
        try (var s = Files.list(dir)) {
            assertThat(s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count())
                    .isLessThanOrEqualTo(stops.size());
        }
    }

    /**
     * The project file, or else its newest backup, is whole and holds every save completed before the kill (in the
     * app: every correction older than the autosave delay); every backup is whole and older than the file.
     */
    private static void checkAfterKill(Path file, int saved, String stop) throws Exception {
        int inFile = ProjectFiles.load(file).corrections().size();
        int inNewestBackup = ProjectFiles.newestReadableBackup(file).map(b -> b.project().corrections().size())
                .orElse(-1);
        assertThat(inFile >= saved || inNewestBackup >= saved)
                .as("killed at %s after save %d: file %d, newest backup %d", stop, saved, inFile, inNewestBackup)
                .isTrue();
        for (Path backup : ProjectFiles.backups(file)) {
            assertThat(ProjectFiles.load(backup).corrections().size()).as("%s, killed at %s", backup.getFileName(), stop)
                    .isLessThan(inFile);
        }
        if (!stop.equals("random")) {
            assertThat(saved).as("the child saved before it stopped at %s", stop).isPositive();
        }
        assertThat(AtomicFile.backup(file, ProjectFiles.BACKUPS)).doesNotExist();
    }

    /** A rotation cut short is finished by the next save: the backups are again the three versions before the file. */
    private static void checkTheNextSavesMendTheBackups(Path file, Path model) throws Exception {
        Process p = child("project", file.toString(), model.toString(), "exit:2");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        int inFile = ProjectFiles.load(file).corrections().size();
        assertThat(ProjectFiles.backups(file)).extracting(b -> ProjectFiles.load(b).corrections().size())
                .containsExactly(inFile - 1, inFile - 2, inFile - 3);
    }
}
