package claimline.viewmodel;

import claimline.model.Event;
import claimline.model.Precision;
import claimline.model.TimeBasis;
import claimline.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the events a filter lets through into what the timeline draws. */
public final class TimelineItems {
    private TimelineItems() {}

    public static TimelineItem of(Event e, ModelIndex index, EventFilter filter) {
        Set<String> lanes = new LinkedHashSet<>();
        for (String a : e.actors()) {
            if (!filter.hiddenActors().contains(a)) {
                addParty(lanes, index.partyOf(a));
            }
        }
        filter.visibleClaims(e).forEach(c -> addParty(lanes, index.partyOf(c.claimant())));
        boolean uncertain = e.time().basis() == TimeBasis.DOCUMENT || e.time().basis() == TimeBasis.CORPUS;
        return new TimelineItem(e.id(), e.title(), e.type().json(), e.time().startEpochSecond(),
                e.time().endEpochSecond(), e.time().precision() == Precision.MINUTE, uncertain,
                index.isContested(e), e.background(), List.copyOf(lanes), e.sources().size());
    }

    private static void addParty(Set<String> lanes, String party) {
        if (!party.equals(ModelIndex.NO_PARTY)) {
            lanes.add(party);
        }
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
