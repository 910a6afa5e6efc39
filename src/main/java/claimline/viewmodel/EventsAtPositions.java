package claimline.viewmodel;

import claimline.timeline.ListAtPositions;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * Some elements of a list, by their positions in it, as an observable list that is replaced as a whole: what a
 * filter lets through of the events in time order. Replacing it stores one array of positions, not 100,000
 * references (each of which the collector's write barrier makes cost as much as a cache miss); it tells its listeners
 * that everything was replaced. Read-only to everyone else.
 */
final class EventsAtPositions<E> extends ObservableListBase<E> {
    /** The elements shown: a view of the whole list at the positions, replaced whole. */
    private List<E> shown = List.of();

    /** Now the elements of {@code all} at these positions, ascending; listeners hear of one replacement. */
    void replace(List<E> all, int[] positions) {
        List<E> was = shown;
        shown = ListAtPositions.of(all, positions);
        if (!was.isEmpty() || !shown.isEmpty()) {
            fireChange(new Replacement<>(this, was));
        }
    }

    /** Everything replaced: the elements before are {@code removed} (a view, not a copy of 100,000 references). */
    private static final class Replacement<E> extends ListChangeListener.Change<E> {
        private final List<E> removed;
        private boolean read;

        Replacement(ObservableList<E> list, List<E> removed) {
            super(list);
            this.removed = java.util.Collections.unmodifiableList(removed);
        }

        @Override
        public boolean next() {
            if (read) {
                return false;
            }
            read = true;
            return true;
        }

        @Override
        public void reset() {
            read = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return getList().size();
        }

        @Override
        public List<E> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    @Override
    public E get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

}
