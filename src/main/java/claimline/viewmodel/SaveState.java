package claimline.viewmodel;

import claimline.corrections.Correction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the analyst's corrections are safely in the project file: {@code dirty} as long as the corrections on show
 * differ from the last ones written (undoing back to them is clean again), why the last save failed and when it is
 * tried again, and whether the user chose to keep another program's version of the file. The window's title, its
 * status bar and the questions before quitting follow it; the saving itself is the app's.
 */
public final class SaveState {
    /** Autosave retries wait longer after each failure (2, 4, 8 … seconds), up to this. */
    public static final int MAX_RETRY_SECONDS = 60;
    private final CorrectionsViewModel corrections;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper retrySeconds = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper declined = new ReadOnlyBooleanWrapper();
    private List<Correction> onDisk = List.of();
    private List<Correction> inherited = List.of();
    private int failures;

    public SaveState(CorrectionsViewModel corrections) {
        this.corrections = corrections;
        corrections.changesProperty().addListener((o, was, now) -> refresh());
    }

    /**
     * A project was opened (or started): {@code onDisk} is what its file holds now; {@code inherited} are corrections
     * already inside the model on show (a project opened without its corpus), which every save writes back first.
     */
    public void opened(Path projectFile, List<Correction> onDisk, List<Correction> inherited) {
        file.set(projectFile);
        this.onDisk = List.copyOf(onDisk);
        this.inherited = List.copyOf(inherited);
        failures = 0;
        failure.set(null);
        retrySeconds.set(0);
        declined.set(false);
        refresh();
    }

    /**
     * Carries on another state's account (the window was built again, in another language, with a view model that
     * carries on the corrections): the same file, what it holds, and any failed save or declined overwrite.
     */
    public void continueFrom(SaveState previous) {
        file.set(previous.file.get());
        onDisk = previous.onDisk;
        inherited = previous.inherited;
        failures = previous.failures;
        failure.set(previous.failure.get());
        retrySeconds.set(previous.retrySeconds.get());
        declined.set(previous.declined.get());
        refresh();
    }

    /** The corrections a save writes: those inherited with the model, then those made here. */
    public List<Correction> toWrite() {
        List<Correction> out = new ArrayList<>(inherited);
        out.addAll(corrections.corrections());
        return out;
    }

    /** A save of {@code written} to {@code to} succeeded: that is what is on disk now, and any trouble is over. */
    public void saved(Path to, List<Correction> written) {
        file.set(to);
        onDisk = List.copyOf(written);
        failures = 0;
        failure.set(null);
        retrySeconds.set(0);
        declined.set(false);
        refresh();
    }

    /** A save failed for this reason; returns how many seconds to wait before trying again. */
    public int failed(String reason) {
        failures++;
        failure.set(reason);
        retrySeconds.set(retryDelaySeconds(failures));
        return retrySeconds.get();
    }

    /** The user kept the version another program wrote: the corrections here are not saved. */
    public void declined() {
        declined.set(true);
    }

    /** 2, 4, 8, 16, 32, then {@value #MAX_RETRY_SECONDS} seconds. */
    static int retryDelaySeconds(int failures) {
        return failures >= 6 ? MAX_RETRY_SECONDS : Math.min(MAX_RETRY_SECONDS, 1 << failures);
    }

    private void refresh() {
        dirty.set(!toWrite().equals(onDisk));
    }

    public boolean isDirty() { return dirty.get(); }

    public int failures() { return failures; }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** Why the last save failed, or null when it did not. */
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }

    /** Seconds until the failed save is tried again (0 when none failed). */
    public ReadOnlyIntegerProperty retrySecondsProperty() { return retrySeconds.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty declinedProperty() { return declined.getReadOnlyProperty(); }
}
