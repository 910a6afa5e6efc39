package claimline.corrections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The corrections made, in order, with undo and redo: undo takes the last one back, redo makes it again. */
public final class CorrectionHistory {
    private final List<Correction> done = new ArrayList<>();
    private final Deque<Correction> undone = new ArrayDeque<>();

    public CorrectionHistory() {}

    public CorrectionHistory(List<Correction> initial) {
        done.addAll(initial);
    }

    /** Makes a new correction; whatever was undone before can no longer be redone. */
    public void add(Correction c) {
        done.add(c);
        undone.clear();
    }

    public Optional<Correction> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Correction c = done.remove(done.size() - 1);
        undone.push(c);
        return Optional.of(c);
    }

    public Optional<Correction> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Correction c = undone.pop();
        done.add(c);
        return Optional.of(c);
    }

    public boolean canUndo() { return !done.isEmpty(); }

    public boolean canRedo() { return !undone.isEmpty(); }

    public List<Correction> corrections() { return List.copyOf(done); }
}
