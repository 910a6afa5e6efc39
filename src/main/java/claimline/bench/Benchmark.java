package claimline.bench;

import java.util.Locale;
import claimline.corpus.Corpus;
import claimline.corpus.CorpusReader;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import claimline.reading.CorpusAnalyzer;
import claimline.timeline.LaneMode;
import claimline.timeline.TimelineLayout;
import claimline.viewmodel.ModelIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code bench} command: reading throughput, end-to-end time at three corpus sizes, timeline frame times, start-up
 * and memory. Warm-up before measuring, several runs, medians; nothing estimated. Figures go to {@link Figures}.
 */
public final class Benchmark {
    /** Timeline figures need the JavaFX toolkit, which the core does not load; the app provides them. */
    public interface TimelineBench {
        void run(EventModel model, Figures out) throws Exception;
    }

    /** Map figures need the toolkit too: the app draws {@code places} synthetic places from a seed. */
    public interface MapBench {
        void run(int places, long seed, Figures out) throws Exception;
    }

    /**
     * The window's longest freeze needs the app: it opens {@code first} (a small corpus, or nothing when it is
     * missing), then {@code large}, and is worked in while it reads.
     */
    public interface StallBench {
        void run(Path first, Path large, Figures out) throws Exception;
    }

    private final Figures out;
    private final Path work;
    private final long seed;

    public Benchmark(Figures out, Path work, long seed) {
        this.out = out;
        this.work = work;
        this.seed = seed;
    }

    public void machine() {
        Runtime rt = Runtime.getRuntime();
        out.note(String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s, %s %s", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        out.reference(ReferenceWorkload.medianMillis(REFERENCE_WARM_UPS, REFERENCE_RUNS));
    }

    /** Enough warm-up runs for the JIT to compile the sort and the map; the median of seven after. */
    private static final int REFERENCE_WARM_UPS = 5;
    private static final int REFERENCE_RUNS = 7;

    /**
     * Reading throughput on one thread and on all cores, over a corpus already in memory, after a warm-up of at least
     * {@code warmUpSeconds} and a dozen passes.
     */
    public void read(int articles, double warmUpSeconds) throws Exception {
        Path dir = generate(articles, "read");
        Corpus corpus = new CorpusReader().read(dir);
        long bytes = corpus.texts().stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
        CorpusAnalyzer analyzer = new CorpusAnalyzer();
        // Warm-up: load the gazetteer and lexicons and let the JIT compile the hot paths. On this code the pass time
        // settles only after about ten passes (the JIT recompiles the reader's loops a few times), so warm up by time
        // and by count, as JMH does, on both paths that are measured.
        int warmups = warmUp((long) (warmUpSeconds * 1e9), WARM_UP_PASSES, i -> analyzer.analyze(corpus, f -> { }, i % 2 == 1));
        out.note(String.format(Locale.ROOT, "read: warmed up with %d passes", warmups));
        // Steady state, as JMH measures by default: no collection forced between passes, so each pass pays for the
        // garbage it leaves and for collecting that of the pass before. (A forced full GC before each pass makes G1
        // shrink its young generation, and the pass then spends a fifth longer growing it back.)
        double one = medianSeconds(7, false, () -> analyzer.analyze(corpus, f -> { }, false));
        double all = medianSeconds(7, false, () -> analyzer.analyze(corpus, f -> { }, true));
        double mb = bytes / 1e6;
        out.note(String.format(Locale.ROOT, "read: %d articles, %.1f MB in memory", corpus.texts().size(), mb));
        out.print("read.mbps.1thread", mb / one, "MB/s");
        out.print("read.mbps.allcores", mb / all, "MB/s");
        out.print("read.articles_per_s.1thread", corpus.texts().size() / one, "articles/s");
        out.print("read.articles_per_s.allcores", corpus.texts().size() / all, "articles/s");
        worstCase(analyzer);
    }

    /**
     * The slowest reading per 100 KB over texts built to be hard: one 1 MB line without a full stop, dense dates
     * and quotes, and random characters. The promise is at most a second per 100 KB.
     */
    private void worstCase(CorpusAnalyzer analyzer) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 300_000) {
            noise.append((char) (r.nextInt(0x20, 0x3000)));
        }
        List<String> texts = List.of(
                "Pasukan menembaki desa itu pada Senin malam dan ".repeat(22_000),
                "\"Pada 13 September pukul 00:05 (20:05 GMT), kata Kementerian Pertahanan Armenia, Senin (12/9) "
                        .repeat(4_000),
                noise.toString());
        double worst = 0;
        for (String t : texts) {
            Corpus one = new Corpus(List.of(new claimline.corpus.SourceText("hard", "hard.txt", t, null)), List.of());
            long t0 = System.nanoTime();
            analyzer.analyze(one, f -> { }, false);
            double s = (System.nanoTime() - t0) / 1e9;
            worst = Math.max(worst, s / (t.length() / 100_000.0));
        }
        out.print("read.worst.s_per_100kb", worst, "s");
    }

    /** Folder to JSON file (read, merge, export) at three sizes, and how time grows from the middle to the largest. */
    public void endToEnd(int largest) throws Exception {
        int[] sizes = {Math.max(1, largest / 50), Math.max(1, largest / 5), largest};
        double[] seconds = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            Path dir = generate(sizes[i], "e2e");
            Path json = work.resolve("e2e-" + sizes[i] + ".json");
            if (i == 0) {
                ModelFiles.save(ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { }), json);
            }
            int runs = sizes[i] <= 2000 ? 5 : 3; // medians: this machine is shared and noisy
            seconds[i] = medianSeconds(runs, true, () -> ModelFiles.save(
                    ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { }), json));
            out.print("e2e." + label(sizes[i]) + ".s", seconds[i], "s");
            deleteTree(dir);
        }
        double growth = (seconds[2] / seconds[1]) / ((double) sizes[2] / sizes[1]);
        out.print("e2e.growth." + label(sizes[1]) + "_to_" + label(sizes[2]), growth, "x_linear");
    }

    /**
     * Saved pages, folder to JSON file: each page's article taken out by Readability and its metadata read, then the
     * reading and the merge as for plain text; and the extraction alone, pages per second.
     */
    public void pages(int pages) throws Exception {
        Path dir = work.resolve("pages-" + pages);
        deleteTree(dir);
        long t0 = System.nanoTime();
        long bytes = new SavedPageGenerator(seed).write(pages, dir);
        out.note(String.format(Locale.ROOT, "generated %d saved pages (%.1f MB) in %.1f s", pages, bytes / 1e6,
                (System.nanoTime() - t0) / 1e9));
        Path json = work.resolve("pages-" + pages + ".json");
        EventModel first = ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { });
        if (!first.problems().isEmpty() || first.documents().size() != pages) {
            throw new IllegalStateException("saved pages not all read: " + first.problems().size() + " problems");
        }
        out.note(String.format(Locale.ROOT, "pages: %d documents, %d events, %d dated by their metadata", pages,
                first.events().size(), first.documents().stream()
                        .filter(d -> d.published().basis() == claimline.model.PublishedBasis.METADATA).count()));
        double extract = medianSeconds(3, true, () -> new CorpusReader().read(dir));
        out.print("pages.extract.pages_per_s", pages / extract, "pages/s");
        double seconds = medianSeconds(3, true, () -> ModelFiles.save(
                ModelFiles.readCorpus(dir, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { }), json));
        out.print("pages.e2e." + label(pages) + ".s", seconds, "s");
        deleteTree(dir);
    }

    /** Heap held by a loaded model (events, documents, the index and the timeline layout) after full GCs. */
    public EventModel heap(int events, int documents) {
        long before = usedAfterGc();
        EventModel model = SyntheticModel.of(events, documents, 20, 30, seed);
        // what the window holds once it shows the model: the index with its filter columns and the timeline's lanes
        // as it prepares them, and the lookups the first click makes
        ModelIndex index = new ModelIndex(model);
        TimelineLayout layout = index.timelineLayout(LaneMode.PARTY);
        index.info(model.events().get(0));
        index.event(model.events().get(0).id());
        long after = usedAfterGc();
        out.print("heap." + label(events) + "_events.mb", (after - before) / 1e6, "MB");
        if (layout.items().size() != events) {
            throw new IllegalStateException("layout lost events");
        }
        return model;
    }

    /** The longest the window freezes while it reads {@code articles} generated articles and is worked in. */
    public void stall(int articles, Path first, StallBench app) throws Exception {
        Path dir = generate(articles, "stall");
        try {
            app.run(first, dir, out);
        } finally {
            deleteTree(dir);
        }
    }

    /** Process start to the first frame of the main window on the given corpus, cold (a new JVM each run). */
    public void startup(Path corpus, int runs) throws Exception {
        double[] ms = new double[runs];
        // as the README's launch command starts it: with the class-data archive made at package time, if there is one
        List<String> archive = ClassDataArchive.jvmOptions(System.getProperty("java.class.path"));
        out.note("startup: " + (archive.isEmpty() ? "no class-data archive" : String.join(" ", archive)));
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(archive);
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dclaimline.startup.probe=true", "-Dclaimline.settings.node=claimline-bench",
                    "-cp", System.getProperty("java.class.path"), "claimline.Launcher", "app", corpus.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            boolean seen = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("claimline.first-frame")) {
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                        seen = true;
                        break;
                    }
                }
            }
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
            if (!seen) {
                throw new IllegalStateException("the app did not report its first frame");
            }
        }
        out.print("startup.first_frame.ms", Figures.median(ms), "ms");
        out.print("startup.first_frame.max.ms", Figures.percentile(ms, 100), "ms");
    }

    public static String label(int n) {
        return n >= 1000 && n % 1000 == 0 ? (n / 1000) + "k" : Integer.toString(n);
    }

    private Path generate(int articles, String name) throws IOException {
        Path dir = work.resolve(name + "-" + articles);
        deleteTree(dir);
        long t0 = System.nanoTime();
        long bytes = new CorpusGenerator(seed).write(articles, dir);
        out.note(String.format(Locale.ROOT, "generated %d articles (%.1f MB) in %.1f s", articles, bytes / 1e6,
                (System.nanoTime() - t0) / 1e9));
        return dir;
    }

    interface Work {
        void run() throws Exception;
    }

    private static final int WARM_UP_PASSES = 12;

    /** Runs {@code pass} until both at least {@code passes} passes and {@code nanos} have gone by; the count. */
    private static int warmUp(long nanos, int passes, java.util.function.IntConsumer pass) {
        long until = System.nanoTime() + nanos;
        int i = 0;
        while (i < passes || System.nanoTime() < until) {
            pass.accept(i++);
        }
        return i;
    }

    private static double medianSeconds(int runs, boolean collectFirst, Work w) throws Exception {
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (collectFirst) {
                System.gc(); // start each run from a collected heap: the previous run's garbage is not this run's cost
            }
            long t0 = System.nanoTime();
            w.run();
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        return Figures.median(s);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Names the subsets {@code --only} accepts. */
    public static final Set<String> PARTS = Set.of("read", "e2e", "pages", "timeline", "map", "stall", "startup",
            "heap");
}
