package claimline.cli;

import claimline.corpus.CorpusException;
import claimline.corpus.CorpusReader;
import claimline.export.ModelFiles;
import claimline.export.ModelFormatException;
import claimline.export.ModelJsonWriter;
import claimline.model.Claim;
import claimline.model.EventModel;
import claimline.reading.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: the app by default, and headless export and validate. Exit codes are listed in the README. */
@Command(name = "claimline", mixinStandardHelpOptions = true, version = "Claimline " + Version.VERSION,
        description = "Reads conflict news into events with each party's claims.",
        subcommands = {ClaimlineCommand.Export.class, ClaimlineCommand.Validate.class, ClaimlineCommand.App.class,
                GenerateCommand.class, BenchCommand.class})
public final class ClaimlineCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int CORPUS = 3;
    public static final int OUTPUT = 4;

    /** Starts the desktop app; kept behind an interface so headless commands never load JavaFX. */
    public interface AppLauncher {
        void launch(Path corpus);
    }

    static AppLauncher appLauncher;
    static claimline.bench.Benchmark.TimelineBench timelineBench;
    static claimline.bench.Benchmark.MapBench mapBench;
    static claimline.bench.Benchmark.StallBench stallBench;

    public static int run(AppLauncher launcher, String... args) {
        return run(launcher, null, args);
    }

    /** Runs the command line; {@code timeline} measures the timeline for {@code bench} (it needs the toolkit). */
    public static int run(AppLauncher launcher, claimline.bench.Benchmark.TimelineBench timeline, String... args) {
        return run(launcher, timeline, null, args);
    }

    /** Runs the command line; {@code timeline} and {@code map} measure the app's controls for {@code bench}. */
    public static int run(AppLauncher launcher, claimline.bench.Benchmark.TimelineBench timeline,
                          claimline.bench.Benchmark.MapBench map, String... args) {
        return run(launcher, timeline, map, null, args);
    }

    /** Runs the command line; {@code stall} measures the whole window's longest freeze for {@code bench}. */
    public static int run(AppLauncher launcher, claimline.bench.Benchmark.TimelineBench timeline,
                          claimline.bench.Benchmark.MapBench map, claimline.bench.Benchmark.StallBench stall,
                          String... args) {
        appLauncher = launcher;
        timelineBench = timeline;
        mapBench = map;
        stallBench = stall;
        CommandLine cl = new CommandLine(new ClaimlineCommand());
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("claimline: " + ex.getMessage());
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        appLauncher.launch(Path.of("seeds"));
        return OK;
    }

    @Command(name = "app", description = "Open the desktop app on a corpus folder (default: seeds).")
    static final class App implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", defaultValue = "seeds", description = "corpus folder")
        Path folder;

        @Override
        public Integer call() {
            appLauncher.launch(folder);
            return OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, version = "Claimline " + Version.VERSION,
            description = "Read a corpus folder or a collection file (.csv, .jsonl) and write its event model as"
                    + " claimline/1 JSON, or as a file for another tool (--format).")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", description = "corpus folder, or a collection of articles in one file (.csv, .jsonl)")
        Path folder;

        @Option(names = "--columns", paramLabel = "FIELD=COLUMN,...", description = "which column of a collection holds"
                + " what, where its names are its own; fields: text, html, title, url, published, outlet, language, id")
        String columns;

        @Option(names = "--out", required = true, description = "output file, or - for standard output")
        String out;

        @Option(names = "--recursive", description = "also read sub-folders")
        boolean recursive;

        @Option(names = "--max-file-size", description = "skip files larger than this many bytes (default ${DEFAULT-VALUE})")
        long maxFileSize = CorpusReader.DEFAULT_MAX_FILE_SIZE;

        @Option(names = "--project", description = "apply the analyst's corrections from this project file")
        Path project;

        /** What to write: the whole model, or what another tool reads of it. */
        enum Format { json, geojson, timelinejs, acled }

        @Option(names = "--format", paramLabel = "FORMAT", description = "json: the claimline/1 model, whole (the "
                + "default); geojson: the places with coordinates, each with its events, types, dates and the parties "
                + "that name it (QGIS); timelinejs: a TimelineJS3 timeline, a slide per event in a row per party, "
                + "quoting every passage with its claimant, stance and outlet; acled: an ACLED-style CSV, a row per "
                + "event and place (date, time precision, type, actors, location and coordinates, sources, notes, "
                + "fatalities). One of: ${COMPLETION-CANDIDATES}")
        Format format = Format.json;

        @Override
        public Integer call() {
            EventModel model;
            java.util.Map<claimline.corpus.Columns.Field, String> mapping;
            try {
                mapping = claimline.corpus.Columns.parseMapping(columns);
            } catch (IllegalArgumentException e) {
                System.err.println("claimline: --columns: " + e.getMessage());
                return USAGE;
            }
            try {
                model = ModelFiles.readCorpus(folder, recursive, maxFileSize, mapping, f -> { });
            } catch (CorpusException e) {
                System.err.println("claimline: " + e.getMessage());
                return CORPUS;
            }
            if (project != null) {
                try {
                    var p = claimline.corrections.ProjectFiles.load(project);
                    var result = claimline.corrections.Corrector.apply(model, p.corrections());
                    result.unapplied().forEach(u -> System.err.println("claimline: correction no longer applies: "
                            + u.correction().describe() + " (" + u.reason() + ")"));
                    model = result.model();
                } catch (ModelFormatException e) {
                    System.err.println("claimline: " + project + ": " + e.getMessage());
                    System.err.println("claimline: " + backupAdvice(project));
                    return INVALID;
                }
            }
            try {
                if (format == Format.json && !out.equals("-")) {
                    ModelFiles.save(model, Path.of(out));
                } else if (out.equals("-")) {
                    write(model, System.out);
                    System.out.flush();
                } else {
                    EventModel m = model;
                    claimline.export.AtomicFile.write(Path.of(out), o -> write(m, o));
                }
            } catch (IOException e) {
                System.err.println("claimline: cannot write " + out + ": " + e.getMessage());
                return OUTPUT;
            }
            return OK;
        }

        /** The model, every event of it, in the format asked for. */
        private void write(EventModel model, OutputStream o) throws IOException {
            switch (format) {
                case json -> ModelJsonWriter.write(model, o);
                case geojson -> claimline.export.PlacesGeoJsonWriter.write(model, model.events(), o);
                case timelinejs -> claimline.export.TimelineJsWriter.write(model, model.events(), title(), o);
                case acled -> {
                    java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
                    claimline.export.AcledCsvWriter.write(model, model.events(), w);
                    w.flush();
                }
            }
        }

        /** The timeline's title: the corpus folder's or collection's name. */
        private String title() {
            Path name = folder.toAbsolutePath().normalize().getFileName();
            return name == null ? "Claimline" : name.toString();
        }
    }

    /** Which backup of a project that does not load could be used instead, or that there is none. */
    static String backupAdvice(Path project) {
        return claimline.corrections.ProjectFiles.newestReadableBackup(project).map(b -> {
            int n = b.project().corrections().size();
            return "the newest readable backup is " + b.file() + " (" + n + (n == 1 ? " correction" : " corrections")
                    + ", saved " + b.saved().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + "); to use it, pass --project " + b.file();
        }).orElse("no readable backup (.bak, .bak.1, .bak.2) beside it");
    }

    @Command(name = "validate", description = "Load a claimline/1 file as the app opens it; print ok and its counts, or the problem.")
    static final class Validate implements Callable<Integer> {
        @Parameters(index = "0", description = "JSON file")
        Path file;

        @Override
        public Integer call() {
            PrintStream o = System.out;
            try {
                EventModel m = ModelFiles.load(file);
                long claims = m.events().stream().mapToLong(e -> e.claims().size()).sum();
                long sources = m.events().stream().flatMap(e -> e.claims().stream()).mapToLong((Claim c) -> c.sources().size()).sum();
                o.printf("ok: %d documents, %d actors, %d places, %d events, %d claims, %d sources, %d problems%n",
                        m.documents().size(), m.actors().size(), m.places().size(), m.events().size(), claims, sources,
                        m.problems().size());
                return OK;
            } catch (ModelFormatException e) {
                System.err.println("claimline: " + file + ": " + e.getMessage());
                return INVALID;
            }
        }
    }
}
