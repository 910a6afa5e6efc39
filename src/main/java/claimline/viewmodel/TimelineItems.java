package claimline.viewmodel;

import claimline.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the events a filter lets through into what the timeline draws. */
public final class TimelineItems {
    private TimelineItems() {}

    public static TimelineItem of(ModelIndex.Info info, ModelIndex index, EventFilter filter) {
        if (filter.hiddenActors().isEmpty() || !filter.touchesHidden(info, index)) {
            return info.item();
        }
        java.util.BitSet hidden = index.actorBits(filter.hiddenActors());
        Set<String> lanes = new LinkedHashSet<>();
        // the lanes of the parties of the actors still shown: the same actors that keep the event on show
        for (int n : info.involvedNumbers()) {
            if (!hidden.get(n)) {
                addParty(lanes, index.partyOfNumber(n));
            }
        }
        TimelineItem it = info.item();
        return new TimelineItem(it.id(), it.title(), it.type(), it.startSecond(), it.endSecond(), it.tick(),
                it.uncertain(), it.contested(), it.background(), index.intern(List.copyOf(lanes)), it.sources());
    }

    private static void addParty(Set<String> lanes, String party) {
        if (!party.equals(ModelIndex.NO_PARTY)) {
            lanes.add(party);
        }
    }

    /** Items for the facts of events already in time order (the layout then needs no sort). */
    public static List<TimelineItem> ofInfos(List<ModelIndex.Info> infos, ModelIndex index, EventFilter filter) {
        List<TimelineItem> out = new ArrayList<>(infos.size());
        for (ModelIndex.Info i : infos) {
            out.add(of(i, index, filter));
        }
        return out;
    }

}
