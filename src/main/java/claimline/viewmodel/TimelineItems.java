package claimline.viewmodel;

import claimline.timeline.ShownItems;
import claimline.timeline.TimelineItem;
import java.util.List;

/** Turns the events a filter lets through into what the timeline draws. */
public final class TimelineItems {
    private TimelineItems() {}

    public static TimelineItem of(ModelIndex.Info info, ModelIndex index, EventFilter filter) {
        return of(info, index, filter.hiddenActors().isEmpty() ? null : index.actorBits(filter.hiddenActors()));
    }

    /** The item of an event with these actors hidden (null: none): in the lanes of the actors still shown. */
    private static TimelineItem of(ModelIndex.Info info, ModelIndex index, java.util.BitSet hidden) {
        if (hidden == null || !touches(info, hidden)) {
            return info.item();
        }
        TimelineItem it = info.item();
        return new TimelineItem(it.id(), it.title(), it.type(), it.startSecond(), it.endSecond(), it.tick(),
                it.uncertain(), it.contested(), it.background(), lanesShown(info, index, hidden), it.sources());
    }

    /** The lanes of the parties of the actors still shown: the same actors that keep the event on show. */
    private static List<String> lanesShown(ModelIndex.Info info, ModelIndex index, java.util.BitSet hidden) {
        int[] numbers = info.involvedNumbers();
        String[] lanes = new String[numbers.length];
        int size = 0;
        for (int n : numbers) {
            String party = index.partyOfNumber(n);
            if (!hidden.get(n) && !party.equals(ModelIndex.NO_PARTY) && !contains(lanes, size, party)) {
                lanes[size++] = party;
            }
        }
        return index.intern(List.of(java.util.Arrays.copyOf(lanes, size)));
    }

    /** The numbers of an event's actors, in order, as a key. */
    private record Actors(int[] numbers) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Actors a && java.util.Arrays.equals(numbers, a.numbers);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(numbers);
        }
    }

    private static boolean touches(ModelIndex.Info info, java.util.BitSet hidden) {
        for (int n : info.involvedNumbers()) {
            if (hidden.get(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] values, int size, String value) {
        for (int i = 0; i < size; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of the index's timeline items ({@link ModelIndex#timelineItems()}) the view model shows, and the lanes of
     * those with some actors hidden: only the events a hidden actor is involved in are looked at, the rest is bits.
     */
    public static ShownItems shown(MainViewModel vm) {
        return shown(vm.index(), vm.visiblePositions(), vm.filter());
    }

    /** {@link #shown(MainViewModel)} of the events at these positions in the index's time order, under this filter. */
    static ShownItems shown(ModelIndex index, java.util.BitSet visible, EventFilter filter) {
        if (index == null || filter.hiddenActors().isEmpty()) {
            return ShownItems.of(visible);
        }
        java.util.BitSet hidden = index.actorBits(filter.hiddenActors());
        java.util.BitSet touched = new java.util.BitSet(index.columns().size());
        for (int a = hidden.nextSetBit(0); a >= 0 && a < index.columns().actors(); a = hidden.nextSetBit(a + 1)) {
            for (int p : index.columns().ofActor(a)) {
                touched.set(p);
            }
        }
        touched.and(visible);
        int[] moved = new int[touched.cardinality()];
        List<List<String>> lanes = new java.util.ArrayList<>(moved.length);
        // events of the same actors move alike: work their lanes out once per set of actors
        java.util.Map<Actors, List<String>> byActors = new java.util.HashMap<>();
        int n = 0;
        for (int p = touched.nextSetBit(0); p >= 0; p = touched.nextSetBit(p + 1)) {
            ModelIndex.Info info = index.infosInTimeOrder().get(p);
            List<String> now = byActors.computeIfAbsent(new Actors(info.involvedNumbers()),
                    k -> lanesShown(info, index, hidden));
            if (!now.equals(info.item().lanesByParty())) {
                moved[n++] = p;
                lanes.add(now);
            }
        }
        return new ShownItems(visible, java.util.Arrays.copyOf(moved, n), lanes);
    }

    /** Items for the facts of events already in time order (the layout then needs no sort). */
    public static List<TimelineItem> ofInfos(List<ModelIndex.Info> infos, ModelIndex index, EventFilter filter) {
        java.util.BitSet hidden = filter.hiddenActors().isEmpty() ? null : index.actorBits(filter.hiddenActors());
        TimelineItem[] out = new TimelineItem[infos.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = of(infos.get(k), index, hidden);
        }
        return List.of(out);
    }

}
