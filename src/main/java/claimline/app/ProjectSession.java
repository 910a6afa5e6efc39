package claimline.app;

import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.viewmodel.CorrectionsViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Keeps the analyst's corrections on disk: a project file beside the corpus ({@code folder.claimline.json}) or where
 * the user saved it, written about two seconds after the last change, atomically, with the previous version kept.
 * If someone else changed the file since we last read or wrote it, the user is asked before it is overwritten.
 */
final class ProjectSession {
    static final String SUFFIX = ".claimline.json";
    private final CorrectionsViewModel corrections;
    private final Window owner;
    private final Consumer<String> status;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));
    private Path file;
    private Path corpus;
    private ProjectFiles.Stamp stamp;
    private boolean dirty;
    /** The session that took over when the window was built again; this one no longer saves. */
    private ProjectSession successor;

    ProjectSession(CorrectionsViewModel corrections, Window owner, Consumer<String> status) {
        this.corrections = corrections;
        this.owner = owner;
        this.status = status;
        autosave.setOnFinished(e -> save());
        corrections.changesProperty().addListener((o, was, now) -> {
            dirty = true;
            if (file != null) {
                autosave.playFromStart();
            }
        });
    }

    /** The project file a corpus folder gets by default (tests redirect it with claimline.projects.dir). */
    static Path defaultFileFor(Path corpus) {
        Path abs = corpus.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "corpus" : abs.getFileName().toString().replaceFirst("\\.json$", "");
        String dir = System.getProperty("claimline.projects.dir");
        Path parent = dir != null ? Path.of(dir) : abs.getParent() == null ? abs : abs.getParent();
        return parent.resolve(name + SUFFIX);
    }

    /** Continues with what was just opened: its project file (existing or to be) and its corpus. */
    void begin(Loaded loaded) {
        autosave.stop();
        file = loaded.projectFile().toAbsolutePath();
        corpus = loaded.corpus() == null ? null : loaded.corpus().toAbsolutePath().normalize();
        dirty = false;
        remember();
    }

    /**
     * Takes over from the session of the window this one replaces: the same project file, what was last read or
     * written there, and an autosave still due. The old session stops, so only one ever writes.
     */
    void continueFrom(ProjectSession previous) {
        previous.autosave.stop();
        previous.successor = this;
        file = previous.file;
        corpus = previous.corpus;
        stamp = previous.stamp;
        dirty = previous.dirty;
        if (dirty && file != null) {
            autosave.playFromStart();
        }
    }

    private ProjectSession current() {
        ProjectSession s = this;
        while (s.successor != null) {
            s = s.successor;
        }
        return s;
    }

    void remember() {
        try {
            stamp = ProjectFiles.Stamp.of(file);
        } catch (IOException e) {
            stamp = null;
        }
    }

    void saveAs(Path target) {
        file = target.toAbsolutePath();
        stamp = null;
        save();
    }

    /** Saves now in the background, unless the file changed on disk and the user does not want to overwrite it. */
    void save() {
        autosave.stop();
        if (successor != null || file == null || corrections.base() == null) {
            return;
        }
        try {
            ProjectFiles.Stamp now = ProjectFiles.Stamp.of(file);
            if (now != null && stamp != null && !now.equals(stamp)) {
                askBeforeOverwriting();
                return;
            }
        } catch (IOException e) {
            status.accept(Messages.get("project.cannotCheck", file, e.getMessage()));
        }
        write();
    }

    private void write() {
        Project p = new Project(corpusReference(), corrections.corrections(), corrections.main().index().model());
        Path target = file;
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Files.createDirectories(target.toAbsolutePath().getParent());
                ProjectFiles.save(p, target);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            // A save still running when another window took over is that window's to record.
            ProjectSession current = current();
            if (current == this) {
                dirty = false;
            }
            current.remember();
            current.status.accept(Messages.get("project.saved", target));
        });
        task.setOnFailed(e -> current().status.accept(Messages.get("project.cannotSave", target,
                task.getException().getMessage())));
        Thread t = new Thread(task, "claimline-save");
        t.setDaemon(false); // a save in flight finishes even when the window closes
        t.start();
    }

    private String corpusReference() {
        if (corpus == null) {
            return null;
        }
        try {
            return file.toAbsolutePath().getParent().relativize(corpus).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return corpus.toString();
        }
    }

    /** Asks without blocking (saves run from timers, where a nested event loop is not allowed). */
    private void askBeforeOverwriting() {
        ButtonType overwrite = new ButtonType(Messages.get("project.overwrite"), ButtonBar.ButtonData.OK_DONE);
        Alert a = Dialogs.inLanguage(new Alert(Alert.AlertType.WARNING, Messages.get("project.changedBody", file),
                overwrite, ButtonType.CANCEL));
        a.initOwner(owner);
        a.setHeaderText(Messages.get("project.changedHeader"));
        a.setOnHidden(e -> {
            if (a.getResult() == overwrite) {
                write();
            } else {
                status.accept(Messages.get("project.notSaved", file));
            }
        });
        a.show();
    }

    /** Flushes pending corrections now (the window is closing). */
    void flush() {
        if (dirty && file != null) {
            save();
        }
    }
}
