package claimline.app.timeline;

import claimline.timeline.ReportLinks;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;

/**
 * Which item drawn stands for the selection: the selected item itself, or, when the selection is an event drawn by
 * its reports ("when it was reported"), one of those reports. The selection means the same event in both modes.
 */
final class SelectedItem {
    private SelectedItem() {}

    /**
     * Index in the layout of the item selected: the item {@code id} itself, or, when it is an event shown by its
     * reports, the report last selected on the timeline ({@code cursor}) or else its first report drawn; -1 when none
     * is drawn.
     */
    static int index(TimelineLayout l, String id, ReportLinks links, String cursor) {
        if (l == null || id == null) {
            return -1;
        }
        int i = l.indexOf(id);
        if (i >= 0) {
            return i;
        }
        if (cursor != null && id.equals(links.selectionOf(cursor)) && l.indexOf(cursor) >= 0) {
            return l.indexOf(cursor);
        }
        for (String report : links.reportsOf(id)) {
            int k = l.indexOf(report);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The real times {@code [from, to]} of the item at index {@code i}, stretched over every report of the selection
     * {@code id} drawn and the moment each links to (its happening).
     */
    static double[] span(TimelineLayout l, int i, String id, ReportLinks links) {
        TimelineItem it = l.items().get(i);
        double from = it.startSecond();
        double to = it.endSecond();
        for (String report : links.reportsOf(id)) {
            int k = l.indexOf(report);
            if (k >= 0) {
                from = Math.min(from, Math.min(l.items().get(k).startSecond(), links.of(report).happened()));
                to = Math.max(to, l.items().get(k).endSecond());
            }
        }
        return new double[] {from, to};
    }
}
