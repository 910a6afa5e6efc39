package claimline.app;

import claimline.corpus.CorpusReader;
import claimline.export.AtomicFile;
import claimline.export.ClaimsCsvWriter;
import claimline.export.ModelFiles;
import claimline.model.Event;
import claimline.model.EventModel;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;

/** The app's background work as {@link Task}s: reading, opening, saving and exporting never run on the FX thread. */
final class ModelTasks {
    private ModelTasks() {}

    /**
     * Work that reports progress as a fraction, run as a task with a status message; what it opens is made ready to
     * show there too ({@link Loaded#readyToShow()}).
     */
    interface Loading {
        Loaded load(java.util.function.DoubleConsumer progress) throws Exception;
    }

    static Task<Loaded> load(String message, Loading loading) {
        return new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                updateMessage(message);
                return loading.load(f -> updateProgress(f, 1.0)).readyToShow();
            }
        };
    }

    static Task<EventModel> readFiles(List<Path> files) {
        return new Task<>() {
            @Override
            protected EventModel call() {
                updateMessage(Messages.get("status.readingFiles", files.size()));
                return ModelFiles.readFiles(files, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> updateProgress(f, 1.0));
            }
        };
    }

    static Task<Path> save(EventModel model, Path file) {
        return new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(Messages.get("status.saving", file));
                ModelFiles.save(model, file);
                return file;
            }
        };
    }

    static Task<Path> exportCsv(EventModel model, List<Event> events, Path file) {
        return exporting(file, out -> ClaimsCsvWriter.write(model, events,
                new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    static Task<Path> exportPng(java.awt.image.BufferedImage image, Path file) {
        return exporting(file, out -> javax.imageio.ImageIO.write(image, "png", out));
    }

    static Task<Path> exportText(String text, Path file) {
        return exporting(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Task<Path> exportTimelineJs(EventModel model, List<Event> events, String title, Path file) {
        return exporting(file, out -> claimline.export.TimelineJsWriter.write(model, events, title, out));
    }

    /** The ACLED-style table of the events; its value is the number of rows written. */
    static Task<Integer> exportAcled(EventModel model, List<Event> events, Path file) {
        return new Task<>() {
            @Override
            protected Integer call() throws Exception {
                updateMessage(Messages.get("status.exporting", file));
                int[] rows = new int[1];
                AtomicFile.write(file, out -> {
                    OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    rows[0] = claimline.export.AcledCsvWriter.write(model, events, w);
                    w.flush();
                });
                return rows[0];
            }
        };
    }

    static Task<Path> exportGeoJson(EventModel model, List<Event> events, Path file) {
        return exporting(file, out -> claimline.export.PlacesGeoJsonWriter.write(model, events, out));
    }

    /** Writes a file in the background, whole or not at all, saying so in the status bar. */
    private static Task<Path> exporting(Path file, AtomicFile.Content content) {
        return new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(Messages.get("status.exporting", file));
                AtomicFile.write(file, content);
                return file;
            }
        };
    }
}
