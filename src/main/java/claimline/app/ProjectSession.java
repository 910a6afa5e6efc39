package claimline.app;

import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.AtomicFile;
import claimline.viewmodel.CorrectionsViewModel;
import claimline.viewmodel.SaveState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Keeps the analyst's corrections on disk: a project file beside the corpus ({@code folder.claimline.json}) or where
 * the user saved it, written about two seconds after the last change, atomically, keeping the last versions.
 * A save that fails says so in a dialog (which file, why, Save As…) and is retried later and later; one that would
 * overwrite another program's change asks first; and nothing that leaves the corrections behind (quitting, opening
 * another corpus) does so without asking while they are unsaved. {@link SaveState} holds what the window shows.
 */
final class ProjectSession {
    static final String SUFFIX = ".claimline.json";
    private final CorrectionsViewModel corrections;
    private final SaveState state;
    private final Window owner;
    private final Consumer<String> status;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));
    private final PauseTransition retry = new PauseTransition();
    private final List<Runnable> afterSave = new ArrayList<>();
    private Function<String, Optional<Path>> chooseTarget = name -> Optional.empty();
    private Function<Path, AtomicFile.Steps> steps = target -> AtomicFile.Steps.NONE;
    private Path file;
    private Path corpus;
    private ProjectFiles.Stamp stamp;
    private Task<Void> saving;
    /** The project file does not read and the user has not yet said what to do: nothing is written over it. */
    private boolean held;
    /** The user chose to let the unsaved corrections go (the window is closing). */
    private boolean discarded;
    private boolean asking;
    /** The session that took over when the window was built again (in another language): this one no longer acts. */
    private ProjectSession successor;

    ProjectSession(CorrectionsViewModel corrections, Window owner, Consumer<String> status) {
        this.corrections = corrections;
        this.state = new SaveState(corrections);
        this.owner = owner;
        this.status = status;
        autosave.setOnFinished(e -> save(false, null));
        retry.setOnFinished(e -> save(false, null));
        corrections.changesProperty().addListener((o, was, now) -> {
            if (file != null && state.isDirty()) {
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

    SaveState state() { return state; }

    /** How Save As… picks a file (a file chooser; tests answer it themselves). */
    void chooseTargetWith(Function<String, Optional<Path>> chooser) {
        chooseTarget = chooser;
    }

    /**
     * Told of each step of every save, by the file saved to; a test throws at one to make saves to a file fail as
     * they do when it is immutable.
     */
    void stepsForTests(Function<Path, AtomicFile.Steps> steps) {
        this.steps = steps;
    }

    /** Continues with what was just opened: its project file (existing or to be) and its corpus. */
    void begin(Loaded loaded) {
        stopTimers();
        file = loaded.projectFile().toAbsolutePath();
        corpus = loaded.corpus() == null ? null : loaded.corpus().toAbsolutePath().normalize();
        held = loaded.damage() != null;
        discarded = false;
        state.opened(file, loaded.onDisk(), loaded.inherited());
        remember();
        if (loaded.damage() != null) {
            Loaded.Damage d = loaded.damage();
            SaveDialogs.damaged(owner, d.file(), d.reason(), d.backup(), choice -> recover(loaded, choice));
        } else if (state.isDirty()) {
            save(false, null); // a backup opened by hand: it becomes the project under its own name at once
        }
    }

    /**
     * Takes over from the session of the window this one replaces: the same project file and what it holds, a save
     * under way or failed with its retry, the questions pending. The old session hands everything on from then on,
     * so only one ever writes. The corrections view model must already carry on the old one's corrections.
     */
    void continueFrom(ProjectSession previous) {
        previous.stopTimers();
        previous.successor = this;
        file = previous.file;
        corpus = previous.corpus;
        stamp = previous.stamp;
        held = previous.held;
        discarded = previous.discarded;
        steps = previous.steps;
        saving = previous.saving;
        afterSave.addAll(previous.afterSave);
        previous.afterSave.clear();
        state.continueFrom(previous.state);
        if (saving != null || file == null || held || !state.isDirty()) {
            return;
        }
        if (state.failures() > 0) {
            retry.setDuration(Duration.seconds(state.retrySecondsProperty().get()));
            retry.playFromStart();
        } else {
            autosave.playFromStart();
        }
    }

    /** The session acting now: this one, or the one of the window that replaced it. */
    private ProjectSession current() {
        ProjectSession s = this;
        while (s.successor != null) {
            s = s.successor;
        }
        return s;
    }

    /** The user's answer to a damaged project file: its newest readable backup, or a fresh start. */
    private void recover(Loaded loaded, SaveDialogs.Damaged choice) {
        if (successor != null) {
            current().recover(loaded, choice);
            return;
        }
        Loaded.Damage d = loaded.damage();
        Path aside;
        try {
            aside = ProjectFiles.keepAside(d.file(), Instant.now());
        } catch (IOException e) {
            SaveDialogs.cannotKeepAside(owner, d.file(), SaveDialogs.reason(e));
            return;
        }
        held = false;
        remember();
        if (choice == SaveDialogs.Damaged.RESTORE && d.backup() != null) {
            List<Correction> restored = d.backup().project().corrections();
            corrections.setBase(loaded.base(), restored);
            state.opened(file, List.of(), List.of());
            String restoredNote = Messages.get("damaged.restored", restored.size(), d.backup().file().getFileName(),
                    file.getFileName(), aside.getFileName()) + (corrections.unapplied().isEmpty() ? ""
                    : " " + Loaded.reappliedText(restored.size(), corrections.unapplied().size(), d.backup().file()));
            status.accept(restoredNote);
            save(true, () -> status.accept(restoredNote));
        } else {
            status.accept(Messages.get("damaged.startedAfresh", aside.getFileName()));
        }
    }

    void remember() {
        try {
            stamp = ProjectFiles.Stamp.of(file);
        } catch (IOException e) {
            stamp = null;
        }
    }

    /** File ▸ Save Project (Ctrl+S): now, and a failure is always told. */
    void save() {
        save(true, null);
    }

    /** File ▸ Save Project As…: the corrections go to this file, which is the project file from then on. */
    void saveAs(Path target) {
        saveAs(target, null);
    }

    private void saveAs(Path target, Runnable then) {
        stopTimers();
        write(target.toAbsolutePath(), true, then);
    }

    private void chooseAndSaveAs(Runnable then) {
        String suggested = file == null ? "project" + SUFFIX : file.getFileName().toString();
        chooseTarget.apply(suggested).ifPresent(target -> saveAs(target, then));
    }

    /**
     * Saves, unless the file changed on disk and the user does not want to overwrite it; {@code then} runs once the
     * corrections are safely written. A {@code loud} save tells of a failure in a dialog; an autosave does so only
     * for the first of a run of failures, and is retried later and later.
     */
    private void save(boolean loud, Runnable then) {
        if (successor != null) {
            current().save(loud, then);
            return;
        }
        stopTimers();
        if (file == null || corrections.base() == null) {
            return;
        }
        if (held) {
            // never over a damaged file the user has not decided about: elsewhere, when asked to save
            if (loud) {
                chooseAndSaveAs(then);
            } else {
                status.accept(Messages.get("damaged.notSaving", file));
            }
            return;
        }
        if (saving != null) {
            afterSave.add(() -> save(loud, then));
            return;
        }
        try {
            ProjectFiles.Stamp now = ProjectFiles.Stamp.of(file);
            if (now != null && stamp != null && !now.equals(stamp)) {
                SaveDialogs.changedOnDisk(owner, file, overwrite -> {
                    if (overwrite) {
                        write(file, true, then);
                    } else {
                        state.declined();
                        status.accept(Messages.get("project.notSaved", file));
                    }
                });
                return;
            }
        } catch (IOException e) {
            status.accept(Messages.get("project.cannotCheck", file, e.getMessage()));
        }
        write(file, loud, then);
    }

    private void write(Path target, boolean loud, Runnable then) {
        if (successor != null) {
            current().write(target, loud, then);
            return;
        }
        if (saving != null) { // one save at a time: the next starts from what the one under way wrote
            afterSave.add(() -> write(target, loud, then));
            return;
        }
        Project p = new Project(corpusReference(target), state.toWrite(), corrections.main().index().model());
        AtomicFile.Steps observed = steps.apply(target);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Files.createDirectories(target.getParent());
                ProjectFiles.save(p, target, observed);
                return null;
            }
        };
        saving = task;
        // a save still under way when another window took over is that window's to record
        task.setOnSucceeded(e -> current().saved(target, p, then));
        task.setOnFailed(e -> current().failed(target, SaveDialogs.reason(task.getException()), loud, then));
        Thread t = new Thread(task, "claimline-save");
        t.setDaemon(false); // a save in flight finishes even when the window closes
        t.start();
    }

    private void saved(Path target, Project p, Runnable then) {
        saving = null;
        int failedBefore = state.failures();
        file = target;
        state.saved(target, p.corrections());
        remember();
        status.accept(failedBefore == 0 ? Messages.get("project.saved", target)
                : Messages.get("project.savedAfterFailures", target, failedBefore));
        if (then != null) {
            then.run();
        }
        runAfterSave();
    }

    private void failed(Path target, String reason, boolean loud, Runnable then) {
        saving = null;
        int seconds = state.failed(reason);
        status.accept(Messages.get("project.cannotSave", target, reason, seconds));
        if (target.equals(file)) {
            retry.setDuration(Duration.seconds(seconds));
            retry.playFromStart();
        }
        if (loud || state.failures() == 1) {
            SaveDialogs.failed(owner, target, reason, seconds, () -> chooseAndSaveAs(then));
        }
        runAfterSave();
    }

    private void runAfterSave() {
        List<Runnable> next = new ArrayList<>(afterSave);
        afterSave.clear();
        next.forEach(Runnable::run);
    }

    private String corpusReference(Path target) {
        if (corpus == null) {
            return null;
        }
        try {
            return target.toAbsolutePath().getParent().relativize(corpus).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return corpus.toString();
        }
    }

    /** Closing the window (its close button, the system) is {@link #leave} as well. */
    void guardClosing(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (!canLeaveNow()) {
                e.consume();
                leave(stage::close);
            }
        });
    }

    /** Nothing would be lost by leaving now: no unsaved correction and no save under way. */
    boolean canLeaveNow() {
        return saving == null && (!state.isDirty() || discarded);
    }

    /**
     * Runs {@code leave} (quitting, closing, opening another corpus) once the corrections are safe: at once when
     * they are saved, after a save under way, or after asking Save / Save As / Discard / Cancel.
     */
    void leave(Runnable leave) {
        if (successor != null) {
            current().leave(leave);
            return;
        }
        if (saving != null) {
            afterSave.add(() -> leave(leave));
            return;
        }
        if (canLeaveNow()) {
            stopTimers();
            leave.run();
            return;
        }
        if (asking) {
            return;
        }
        asking = true;
        // The question decides what happens to the corrections: an autosave due in the next seconds must not answer
        // it while it is open (Discard would then find them saved).
        stopTimers();
        SaveDialogs.unsaved(owner, file, trouble(), choice -> {
            asking = false;
            switch (choice) {
                case SAVE -> save(true, leave);
                case SAVE_AS -> chooseAndSaveAs(leave);
                case DISCARD -> {
                    discarded = true;
                    stopTimers();
                    leave.run();
                }
                case CANCEL -> {
                    if (file != null && state.isDirty()) {
                        autosave.playFromStart(); // back to work: the pending save goes on
                    }
                }
            }
        });
    }

    /** What went wrong with the last save, for the question before leaving; null when nothing did. */
    private String trouble() {
        if (held) {
            return Messages.get("save.trouble.damaged");
        }
        if (state.declinedProperty().get()) {
            return Messages.get("save.trouble.changed");
        }
        return state.failureProperty().get() == null ? null
                : Messages.get("save.trouble.failed", state.failureProperty().get());
    }

    private void stopTimers() {
        autosave.stop();
        retry.stop();
    }

    /** The window is going without having asked (the system closes it): a last attempt at what is unsaved. */
    void flush() {
        if (state.isDirty() && !discarded && !held && saving == null) {
            save(false, null);
        }
    }
}
