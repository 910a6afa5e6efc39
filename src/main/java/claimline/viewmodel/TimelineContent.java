package claimline.viewmodel;

import claimline.model.PublishedBasis;
import claimline.timeline.ReportLinks;
import claimline.timeline.ShownItems;
import claimline.timeline.TimeMode;
import claimline.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the timeline draws in a mode: the events at the time they happened, or their reports at the time they were
 * published, each linked to its happening. Reports without a publication time are not drawn but counted.
 *
 * @param items   what the timeline is given, in time order, a list that does not change: when they happened, every
 *                event of the model (the index's own list, so that a filter change gives the timeline a new mask and
 *                not 100,000 new items); when they were reported, the reports of the events shown
 * @param shown   which of the items are shown, and the lanes of those with actors hidden; null: all of them
 * @param reports the report each item stands for, by item id (empty when the items are events)
 * @param undated reports of the events shown that have no publication time, left off the axis
 */
public record TimelineContent(TimeMode mode, List<TimelineItem> items, ShownItems shown, ReportLinks links,
                              Map<String, ReportChronology.Report> reports, int undated) {
    public TimelineContent {
        reports = java.util.Collections.unmodifiableMap(new HashMap<>(reports));
    }

    /** Events at the time they happened: {@code all} the model's, of which the filter lets {@code shown} through. */
    public static TimelineContent happened(List<TimelineItem> all, ShownItems shown) {
        return new TimelineContent(TimeMode.HAPPENED, all, shown, ReportLinks.NONE, Map.of(), 0);
    }

    /** The items shown, in time order (each with its own lanes: {@link #shown()} says where the moved ones go). */
    public List<TimelineItem> shownItems() {
        if (shown == null) {
            return items;
        }
        List<TimelineItem> out = new ArrayList<>(shown.items().cardinality());
        shown.items().stream().forEach(k -> out.add(items.get(k)));
        return out;
    }

    /**
     * The reports of the events the filter lets through (of the claims it lets through), each in the lane of its side
     * at its publication time: a tick for a moment a page gives, a day's span for a day. A report whose date was worked
     * out rather than stated is drawn as uncertain.
     */
    public static TimelineContent reported(List<ModelIndex.Info> infos, ModelIndex index, EventFilter filter) {
        List<TimelineItem> items = new ArrayList<>();
        Map<String, ReportLinks.Link> links = new LinkedHashMap<>();
        Map<String, ReportChronology.Report> reports = new HashMap<>();
        int undated = 0;
        for (ModelIndex.Info info : infos) {
            ReportChronology c = ReportChronology.of(info.event(), filter.visibleClaims(info.event()), index);
            undated += c.undated();
            TimelineItem event = info.item();
            for (ReportChronology.Report r : c.reports()) {
                if (!r.dated()) {
                    continue;
                }
                String id = event.id() + "@" + r.party() + "@" + r.document();
                boolean inferred = r.source().published().basis() == PublishedBasis.INFERRED;
                List<String> lane = r.party().equals(ModelIndex.NO_PARTY) ? List.of() : index.intern(List.of(r.party()));
                items.add(new TimelineItem(id, event.title(), event.type(), r.published().startEpochSecond(),
                        r.published().endEpochSecond(), r.published().precision().hasClock(), inferred,
                        event.contested(), event.background(), lane, r.sources().size()));
                links.put(id, new ReportLinks.Link(event.id(), event.startSecond()));
                reports.put(id, r);
            }
        }
        // in time order, as the layout expects (and the links list each event's reports earliest first)
        items.sort(Comparator.comparingLong(TimelineItem::startSecond).thenComparing(TimelineItem::id));
        Map<String, ReportLinks.Link> ordered = new LinkedHashMap<>();
        items.forEach(it -> ordered.put(it.id(), links.get(it.id())));
        return new TimelineContent(TimeMode.REPORTED, List.copyOf(items), null, ReportLinks.of(ordered), reports,
                undated);
    }

    /** The report an item stands for, or null when it is an event. */
    public ReportChronology.Report report(String itemId) {
        return reports.get(itemId);
    }
}
