package claimline.timeline;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements at some positions of a list, as a list: a view, neither copied (the timeline's shown items, the events
 * a filter lets through). Both are replaced when they change, never changed in place, so the view stays true.
 */
public final class ListAtPositions<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> all;
    private final int[] positions;

    private ListAtPositions(List<E> all, int[] positions) {
        this.all = all;
        this.positions = positions;
    }

    public static <E> List<E> of(List<E> all, int[] positions) {
        return new ListAtPositions<>(all, positions);
    }

    @Override
    public E get(int index) {
        return all.get(positions[index]);
    }

    @Override
    public int size() {
        return positions.length;
    }
}
