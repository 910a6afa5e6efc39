package claimline.app;

import claimline.corpus.CorpusGrowth;
import claimline.corpus.CorpusReader;
import claimline.corpus.FolderWatcher;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import claimline.viewmodel.CorrectionsViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A folder that grows while it is open: articles added to it are read in the background with the rest of the folder
 * (the merge is over the whole corpus), the analyst's corrections are replayed on the result, and the status bar says
 * what was added. One reading at a time; changes that come meanwhile are read right after it.
 */
final class FolderWatching {
    /** How long the folder must be quiet before it is read: a page or a batch of files is written over a moment. */
    static final Duration QUIET = Duration.ofMillis(700);

    private final CorrectionsViewModel corrections;
    private final Consumer<String> status;
    private FolderWatcher watcher;
    private Task<?> reading;
    private boolean again;

    FolderWatching(CorrectionsViewModel corrections, Consumer<String> status) {
        this.corrections = corrections;
        this.status = status;
    }

    /** Watches the corpus just opened when it is a folder; anything else ends the watching. On the FX thread. */
    void follow(Path corpus) {
        stop();
        if (corpus == null || !Files.isDirectory(corpus)) {
            return;
        }
        try {
            FolderWatcher w = new FolderWatcher(corpus, QUIET, changed -> Platform.runLater(() -> changed(corpus)));
            watcher = w;
        } catch (IOException e) {
            status.accept(Messages.get("status.notWatching", corpus, e.getMessage()));
        }
    }

    void stop() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
        again = false;
    }

    boolean watching() { return watcher != null; }

    private void changed(Path folder) {
        if (watcher == null || !watcher.folder().equals(folder.toAbsolutePath().normalize())) {
            return; // a batch from a folder no longer open
        }
        if (reading != null) {
            again = true;
            return;
        }
        EventModel before = corrections.base();
        List<claimline.corrections.Correction> replay = List.copyOf(corrections.corrections());
        // read, corrected and indexed off the FX thread: the window only swaps the model in
        Task<CorrectionsViewModel.Prepared> task = new Task<>() {
            @Override
            protected CorrectionsViewModel.Prepared call() throws Exception {
                CorrectionsViewModel.Prepared prepared = CorrectionsViewModel.prepare(ModelFiles.readCorpus(folder,
                        false, CorpusReader.DEFAULT_MAX_FILE_SIZE, f -> { }), replay);
                prepared.index().buildLookups();
                return prepared;
            }
        };
        reading = task;
        task.setOnSucceeded(e -> {
            if (reading != task) {
                return;
            }
            reading = null;
            EventModel after = task.getValue().read();
            corrections.rebase(task.getValue());
            CorpusGrowth growth = CorpusGrowth.between(before, after);
            status.accept(describe(growth, after));
            readAgainIfChanged(folder);
        });
        task.setOnFailed(e -> {
            reading = null;
            status.accept(Messages.get("status.failed", folder, task.getException().getMessage()));
            readAgainIfChanged(folder);
        });
        Thread t = new Thread(task, "claimline-folder-reading");
        t.setDaemon(true);
        t.start();
    }

    private void readAgainIfChanged(Path folder) {
        if (again) {
            again = false;
            changed(folder);
        }
    }

    static String describe(CorpusGrowth g, EventModel after) {
        if (g.nothingNew()) {
            return Messages.get("status.folderReread", after.documents().size(), after.events().size());
        }
        String text = g.addedPaths().isEmpty() ? "" : Messages.get("status.folderGrew", g.addedPaths().size(),
                names(g.addedPaths()), Math.max(0, g.newEvents()), after.events().size());
        if (!g.unreadablePaths().isEmpty()) {
            text += (text.isEmpty() ? "" : " ") + Messages.get("status.folderUnreadable", g.unreadablePaths().size(),
                    names(g.unreadablePaths()));
        }
        return text;
    }

    /** The first few names, then how many more. */
    private static String names(List<String> paths) {
        int shown = Math.min(3, paths.size());
        String list = String.join(", ", paths.subList(0, shown));
        return paths.size() > shown ? list + " " + Messages.get("status.andMore", paths.size() - shown) : list;
    }
}
