package claimline.export;

import claimline.corpus.Corpus;
import claimline.corpus.CorpusException;
import claimline.corpus.CorpusReader;
import claimline.model.EventModel;
import claimline.reading.CorpusAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.DoubleConsumer;

/** Reading a corpus folder into a model, and models to and from files, as the CLI and the app both do it. */
public final class ModelFiles {
    private ModelFiles() {}

    public static EventModel readCorpus(Path folder, boolean recursive, long maxFileSize, DoubleConsumer progress)
            throws CorpusException {
        Corpus corpus = new CorpusReader(recursive, maxFileSize).read(folder, f -> progress.accept(f * 0.3));
        return new CorpusAnalyzer().analyze(corpus, f -> progress.accept(0.3 + 0.7 * f), true);
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
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp);
                 java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ModelJsonWriter.write(model, out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
