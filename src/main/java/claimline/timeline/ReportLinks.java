package claimline.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ties the reports drawn on a timeline to the happenings they tell of: for each report item, its event and when
 * that event happened. {@link #NONE} when the timeline shows events at the time they happened. Pure: the connectors
 * from a happening to its reports are laid out here, on a frame's axis, so that they are tested without a toolkit.
 */
public final class ReportLinks {
    /** The timeline shows happenings, not reports. */
    public static final ReportLinks NONE = new ReportLinks(Map.of(), false);

    /** A report's event and the real time, in epoch seconds, at which that event happened (its start). */
    public record Link(String event, long happened) {}

    /** A line drawn from a happening ({@code xFrom}) to a report's mark ({@code xTo}) at height {@code y}. */
    public record Connector(int item, String event, double xFrom, double xTo, double y) {
        public double length() { return Math.abs(xTo - xFrom); }
    }

    private final Map<String, Link> byItem;
    private final Map<String, List<String>> byEvent;
    private final boolean reports;

    private ReportLinks(Map<String, Link> byItem, boolean reports) {
        this.byItem = Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
        this.reports = reports;
        Map<String, List<String>> events = new LinkedHashMap<>();
        this.byItem.forEach((item, link) -> events.computeIfAbsent(link.event(), k -> new ArrayList<>()).add(item));
        events.replaceAll((k, v) -> List.copyOf(v));
        this.byEvent = Collections.unmodifiableMap(events);
    }

    /** Links of report items by item id, in the order the reports come in time (the first of an event first). */
    public static ReportLinks of(Map<String, Link> byItem) {
        return new ReportLinks(byItem, true);
    }

    /** True when the items are reports placed at their publication time, even if there are none. */
    public boolean reports() { return reports; }

    public int size() { return byItem.size(); }

    /** The link of a report item, or null for an item that is no report. */
    public Link of(String itemId) {
        return byItem.get(itemId);
    }

    /** What selecting an item selects: the event it reports, or the item itself when it is no report. */
    public String selectionOf(String itemId) {
        Link l = byItem.get(itemId);
        return l == null ? itemId : l.event();
    }

    /** The report items of an event, earliest first; empty for an event with no report drawn. */
    public List<String> reportsOf(String eventId) {
        return eventId == null ? List.of() : byEvent.getOrDefault(eventId, List.of());
    }

    /**
     * A connector per report mark of the frame: from the pixel of its happening to the start of its mark, through the
     * middle of the mark's row. Clusters have none (the reports they count are not drawn one by one).
     */
    public List<Connector> connectors(Frame f, TimelineLayout layout) {
        if (byItem.isEmpty()) {
            return List.of();
        }
        List<Connector> out = new ArrayList<>();
        for (Mark m : f.marks()) {
            if (m.isCluster()) {
                continue;
            }
            Link l = byItem.get(layout.items().get(m.item()).id());
            if (l != null) {
                out.add(new Connector(m.item(), l.event(), f.x(l.happened()), m.x0(), (m.y0() + m.y1()) / 2));
            }
        }
        return out;
    }
}
