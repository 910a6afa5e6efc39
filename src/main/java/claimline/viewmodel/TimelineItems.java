package claimline.viewmodel;

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
        // the lanes of the parties of the actors still shown: the same actors that keep the event on show
        int[] numbers = info.involvedNumbers();
        String[] lanes = new String[numbers.length];
        int size = 0;
        for (int n : numbers) {
            String party = index.partyOfNumber(n);
            if (!hidden.get(n) && !party.equals(ModelIndex.NO_PARTY) && !contains(lanes, size, party)) {
                lanes[size++] = party;
            }
        }
        TimelineItem it = info.item();
        return new TimelineItem(it.id(), it.title(), it.type(), it.startSecond(), it.endSecond(), it.tick(),
                it.uncertain(), it.contested(), it.background(),
                index.intern(List.of(java.util.Arrays.copyOf(lanes, size))), it.sources());
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
