package claimline.export;

import claimline.corpus.Columns;
import claimline.corpus.Corpus;
import claimline.corpus.CorpusException;
import claimline.corpus.CorpusReader;
import claimline.corpus.KnownMetadata;
import claimline.model.EventModel;
import claimline.reading.CorpusAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** Reading a corpus folder into a model, and models to and from files, as the CLI and the app both do it. */
public final class ModelFiles {
    private ModelFiles() {}

    public static EventModel readCorpus(Path folder, boolean recursive, long maxFileSize, DoubleConsumer progress)
            throws CorpusException {
        return readCorpus(folder, recursive, maxFileSize, java.util.Map.of(), progress);
    }

    /** A folder or a collection file; {@code columns} maps a collection's columns where its names are its own. */
    public static EventModel readCorpus(Path folder, boolean recursive, long maxFileSize,
                                        java.util.Map<Columns.Field, String> columns, DoubleConsumer progress)
            throws CorpusException {
        Corpus corpus = new CorpusReader(recursive, maxFileSize, columns).read(folder, f -> progress.accept(f * 0.3));
        return analyze(corpus, progress);
    }

    /** Reads individual files as one corpus, their paths relative to their common folder. */
    public static EventModel readFiles(java.util.List<Path> files, long maxFileSize, DoubleConsumer progress) {
        Path base = files.get(0).toAbsolutePath().getParent();
        for (Path f : files) {
            while (base != null && !f.toAbsolutePath().startsWith(base)) {
                base = base.getParent();
            }
        }
        Corpus corpus = new CorpusReader(false, maxFileSize).readFiles(base, files.stream()
                .map(Path::toAbsolutePath).sorted().toList(), f -> progress.accept(f * 0.3));
        return analyze(corpus, progress);
    }

    /** The read corpus as a model: the reading, then what the pages' metadata says of each document. */
    public static EventModel analyze(Corpus corpus, DoubleConsumer progress) {
        EventModel read = new CorpusAnalyzer().analyze(corpus, f -> progress.accept(0.3 + 0.7 * f), true);
        return KnownMetadata.apply(read, corpus);
    }

    public static EventModel load(Path file) throws ModelFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelJsonReader.read(in);
        } catch (IOException e) {
            throw new ModelFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the model next to the target first and moves it into place, so a crash never leaves half a file. */
    public static void save(EventModel model, Path file) throws IOException {
        AtomicFile.write(file, out -> ModelJsonWriter.write(model, out), true);
    }
}
