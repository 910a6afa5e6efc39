package claimline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Back and forward through the zoom windows the user chose, as a browser's history. */
public final class ZoomHistory {
    private static final int LIMIT = 100;
    private final List<ZoomState> states = new ArrayList<>();
    private int current = -1;

    /** Records a new window; anything forward of the current position is dropped. */
    public void push(ZoomState s) {
        if (current >= 0 && states.get(current).equals(s)) {
            return;
        }
        while (states.size() > current + 1) {
            states.remove(states.size() - 1);
        }
        states.add(s);
        if (states.size() > LIMIT) {
            states.remove(0);
        }
        current = states.size() - 1;
    }

    public Optional<ZoomState> back() {
        if (current <= 0) {
            return Optional.empty();
        }
        return Optional.of(states.get(--current));
    }

    public Optional<ZoomState> forward() {
        if (current >= states.size() - 1) {
            return Optional.empty();
        }
        return Optional.of(states.get(++current));
    }

    /** Rewrites every window kept (the axis they are in changed: new breaks). */
    public void replaceAll(java.util.function.UnaryOperator<ZoomState> f) {
        states.replaceAll(f);
    }

    public boolean canGoForward() { return current < states.size() - 1; }

    public void clear() {
        states.clear();
        current = -1;
    }
}
