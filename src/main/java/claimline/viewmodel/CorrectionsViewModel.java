package claimline.viewmodel;

import claimline.corrections.Anchor;
import claimline.corrections.Correction;
import claimline.corrections.CorrectionHistory;
import claimline.corrections.Corrector;
import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.EventModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analyst's corrections over the model the reader made: each change is a {@link Correction} command replayed on
 * the read model, with undo and redo. The corrected model goes to the {@link MainViewModel}; corrections that no
 * longer apply are listed. {@code changes} counts edits, so the window can autosave after them.
 */
public final class CorrectionsViewModel {
    private final MainViewModel main;
    private EventModel base;
    private CorrectionHistory history = new CorrectionHistory();
    private final ObservableList<Corrector.Unapplied> unapplied = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();

    public CorrectionsViewModel(MainViewModel main) {
        this.main = main;
    }

    /**
     * A read model with corrections replayed on it and the result indexed: the work of showing a corpus, done where
     * the model is read (off the FX thread) so that the window only has to swap it in.
     */
    public record Prepared(EventModel read, List<Correction> corrections, Corrector.Result result, ModelIndex index) {
        public Prepared {
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * Replays the corrections on a read model and indexes the result, with what showing it first asks of the index
     * (the parties by weight, the timeline's lanes by party); pure, for any thread.
     */
    public static Prepared prepare(EventModel readModel, List<Correction> corrections) {
        Corrector.Result r = Corrector.apply(readModel, corrections);
        ModelIndex index = new ModelIndex(r.model());
        index.partiesByWeight();
        index.timelineLayout(claimline.timeline.LaneMode.PARTY);
        return new Prepared(readModel, corrections, r, index);
    }

    /** A freshly read (or opened) model with the corrections to replay on it (none for a new corpus). */
    public void setBase(EventModel readModel, List<Correction> corrections) {
        setBase(prepare(readModel, corrections));
    }

    /** {@link #setBase(EventModel, List)} with the replaying and indexing already done. */
    public void setBase(Prepared p) {
        base = p.read();
        history = new CorrectionHistory(p.corrections());
        unapplied.setAll(p.result().unapplied());
        main.setModel(p.index());
        refreshFlags();
    }

    /**
     * The same corpus read again (articles were added to its folder): the analyst's corrections, undo and redo
     * included, are replayed on it. Not an edit: nothing new to save.
     */
    public void rebase(EventModel readModel) {
        rebase(prepare(readModel, history.corrections()));
    }

    /**
     * {@link #rebase(EventModel)} with the replaying and indexing already done, for the corrections there were when
     * it began; if the analyst corrected something since, they are replayed again here.
     */
    public void rebase(Prepared p) {
        Prepared now = p.corrections().equals(history.corrections()) ? p : prepare(p.read(), history.corrections());
        base = now.read();
        unapplied.setAll(now.result().unapplied());
        main.updateModel(now.index());
        refreshFlags();
    }

    /**
     * Carries on another view model's work (the window was built again, in another language): the same read model
     * and the same corrections, undo and redo included. The other one is not used afterwards.
     */
    public void continueFrom(CorrectionsViewModel previous) {
        base = previous.base;
        history = previous.history;
        if (base == null) {
            return;
        }
        // the same corrected model the other one shows, already indexed: nothing to replay or index again
        unapplied.setAll(previous.unapplied);
        main.setModel(previous.main.index());
        refreshFlags();
    }

    public void apply(Correction c) {
        history.add(c);
        recompute();
    }

    public void undo() {
        if (history.undo().isPresent()) {
            recompute();
        }
    }

    public void redo() {
        if (history.redo().isPresent()) {
            recompute();
        }
    }

    private void recompute() {
        if (base == null) {
            return;
        }
        Corrector.Result r = Corrector.apply(base, history.corrections());
        unapplied.setAll(r.unapplied());
        main.updateModel(r.model());
        refreshFlags();
        changes.set(changes.get() + 1);
    }

    private void refreshFlags() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    // --- the corrections the views offer, anchored on passages

    /** The passage that names an event: its first source. */
    public static Anchor anchorOf(Event e) {
        return Anchor.of(e.sources().get(0));
    }

    public static Anchor anchorOf(Claim c) {
        return Anchor.of(c.sources().get(0));
    }

    public void hide(Event e) {
        apply(new Correction.HideEvent(anchorOf(e)));
    }

    public void addNote(Event e, String note) {
        if (note != null && !note.isBlank()) {
            apply(new Correction.AddNote(anchorOf(e), note.strip()));
        }
    }

    public void merge(Event into, Event from) {
        if (!into.equals(from)) {
            apply(new Correction.MergeEvents(anchorOf(into), anchorOf(from)));
        }
    }

    public void split(Claim c) {
        apply(new Correction.SplitClaim(anchorOf(c)));
    }

    public void changeClaim(Claim c, String claimant, claimline.model.Stance stance) {
        apply(new Correction.ChangeClaim(anchorOf(c), claimant, stance));
    }

    public void edit(Correction.EditEvent edit) {
        apply(edit);
    }

    /** The analyst's notes on an event (they are part of the corrected model, so the export carries them). */
    public List<String> notesOf(Event e) {
        return e == null ? List.of() : e.notes();
    }

    public List<Correction> corrections() { return history.corrections(); }

    public MainViewModel main() { return main; }

    public EventModel base() { return base; }

    public ObservableList<Corrector.Unapplied> unapplied() { return unapplied; }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty changesProperty() { return changes.getReadOnlyProperty(); }
}
