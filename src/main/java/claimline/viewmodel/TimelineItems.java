package claimline.viewmodel;

import claimline.model.Event;
import claimline.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the events a filter lets through into what the timeline draws. */
public final class TimelineItems {
    private TimelineItems() {}

    public static TimelineItem of(Event e, ModelIndex index, EventFilter filter) {
        return of(index.info(e), index, filter);
    }

    public static TimelineItem of(ModelIndex.Info info, ModelIndex index, EventFilter filter) {
        Event e = info.event();
        if (filter.hiddenActors().isEmpty() || !filter.touchesHidden(info, index)) {
            return info.item();
        }
        java.util.BitSet hidden = index.actorBits(filter.hiddenActors());
        Set<String> lanes = new LinkedHashSet<>();
        for (int n : info.actorNumbers()) {
            if (!hidden.get(n)) {
                addParty(lanes, index.partyOfNumber(n));
            }
        }
        for (int n : info.claimantNumbers()) {
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

    /** Items for events already in time order (the layout then needs no sort). */
    public static List<TimelineItem> of(List<Event> events, ModelIndex index, EventFilter filter) {
        List<TimelineItem> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(of(e, index, filter));
        }
        return out;
    }
}
