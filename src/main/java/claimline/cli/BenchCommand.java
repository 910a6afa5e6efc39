package claimline.cli;

import claimline.bench.Benchmark;
import claimline.bench.Figures;
import claimline.model.EventModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: prints one figure per line, {@code name value unit}. */
@Command(name = "bench", description = "Measure reading, end-to-end (text and saved pages), timeline, map, the window's"
        + " longest freeze, start-up and memory; one figure per line.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "50000",
            description = "largest end-to-end corpus; the others are 1/50 and 1/5 of it (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--events", defaultValue = "100000", description = "events in the timeline and memory model (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--documents", defaultValue = "10000", description = "documents in the memory model (default ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--pages", defaultValue = "10000", description = "saved pages read end to end (default ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--read-articles", defaultValue = "2000", description = "articles for reading throughput (default ${DEFAULT-VALUE})")
    int readArticles;

    @Option(names = "--warm-up-seconds", defaultValue = "10",
            description = "least time the reader is run before its throughput is measured (default ${DEFAULT-VALUE})")
    double warmUpSeconds;

    @Option(names = "--startup-runs", defaultValue = "5", description = "cold starts to take the median of (default ${DEFAULT-VALUE})")
    int startupRuns;

    @Option(names = "--places", defaultValue = "10000", description = "places on the map (default ${DEFAULT-VALUE})")
    int places;

    @Option(names = "--stall-articles", defaultValue = "50000",
            description = "articles the window reads while it is worked in, for its longest freeze (default ${DEFAULT-VALUE})")
    int stallArticles;

    @Option(names = "--only", split = ",", description = "run only these parts: read, e2e, pages, timeline, map, stall, startup, heap")
    List<String> only;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--corpus", defaultValue = "seeds", description = "corpus the start-up is measured on (default ${DEFAULT-VALUE})")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Set<String> parts = new LinkedHashSet<>(only == null ? List.of("read", "e2e", "pages", "heap", "timeline", "map", "stall", "startup") : only);
        if (!Benchmark.PARTS.containsAll(parts) || articles < 5 || events < 10) {
            System.err.println("claimline: --only takes " + Benchmark.PARTS + "; --articles ≥ 5, --events ≥ 10");
            return ClaimlineCommand.USAGE;
        }
        Path work = Files.createTempDirectory("claimline-bench");
        Figures out = new Figures(System.out);
        Benchmark bench = new Benchmark(out, work, seed);
        bench.machine();
        try {
            if (parts.contains("read")) {
                bench.read(readArticles, warmUpSeconds);
            }
            if (parts.contains("e2e")) {
                bench.endToEnd(articles);
            }
            if (parts.contains("pages")) {
                bench.pages(pages);
            }
            EventModel big = null;
            if (parts.contains("heap")) {
                big = bench.heap(events, documents);
            }
            if (parts.contains("timeline")) {
                if (ClaimlineCommand.timelineBench == null) {
                    System.err.println("claimline: the timeline benchmark needs the app");
                    return ClaimlineCommand.USAGE;
                }
                if (big == null) {
                    big = claimline.bench.SyntheticModel.of(events, Math.min(documents, 1000), 20, 30, seed);
                }
                ClaimlineCommand.timelineBench.run(big, out);
            }
            if (parts.contains("map")) {
                if (ClaimlineCommand.mapBench == null) {
                    System.err.println("claimline: the map benchmark needs the app");
                    return ClaimlineCommand.USAGE;
                }
                ClaimlineCommand.mapBench.run(places, seed, out);
            }
            if (parts.contains("stall")) {
                if (ClaimlineCommand.stallBench == null) {
                    System.err.println("claimline: the stall benchmark needs the app");
                    return ClaimlineCommand.USAGE;
                }
                bench.stall(stallArticles, corpus, ClaimlineCommand.stallBench);
            }
            if (parts.contains("startup")) {
                bench.startup(corpus, startupRuns);
            }
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ClaimlineCommand.OK;
    }
}
