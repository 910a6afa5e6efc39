package claimline.app;

import claimline.app.timeline.TimelineView;
import claimline.model.Event;
import claimline.timeline.LaneMode;
import claimline.timeline.TimeMode;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.ReportChronology;
import claimline.viewmodel.TimelineContent;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the timeline shows of the view model: its items, the order of its lanes, tooltips, the local time offset. */
final class TimelineFeed {
    private TimelineFeed() {}

    /**
     * Keeps the timeline showing what the view model has for it: a new model's lanes and items (fitted), what a filter
     * change lets through, a switch of mode; its tooltips.
     */
    static void follow(MainViewModel vm, TimelineView timeline) {
        HappenedView happened = new HappenedView();
        vm.modelGenerationProperty().addListener((o, was, now) -> {
            happened.forget(); // a new corpus is fitted, in either mode
            ModelIndex index = vm.index();
            timeline.laneOrderProperty().set(laneOrder(index));
            timeline.laneLabelProperty().set(k -> timeline.laneModeProperty().get() == LaneMode.TYPE
                    ? Formats.type(claimline.model.JsonName.parse(claimline.model.EventType.class, k))
                    : index.partyName(k));
            show(vm, timeline, true);
        });
        vm.visibleEvents().addListener((javafx.collections.ListChangeListener<Event>) c -> show(vm, timeline, false));
        vm.timeModeProperty().addListener((o, was, now) -> switchMode(vm, timeline, happened));
        timeline.describerProperty().set(it -> describe(vm, it));
    }

    /**
     * Puts what the view model has for the timeline in its mode on it: the events when they happened, or their reports
     * when they were published, linked to their happenings, with a note of the reports left off for want of a
     * publication time. {@code fit}: a new model, whose window is fitted to what is drawn.
     *
     * <p>When they happened the items are all the model's events, the same list from one filter change to the next:
     * the timeline keeps their lanes and only masks them anew; new items come with their lanes as sorted where the
     * model was prepared. Reports are the visible events' own, laid out afresh on every change.
     */
    static void show(MainViewModel vm, TimelineView timeline, boolean fit) {
        TimelineContent c = vm.timelineContent();
        boolean sameItems = c.items() == timeline.itemsProperty().get();
        TimelineLayout sorted = sameItems || c.mode() != TimeMode.HAPPENED || vm.index() == null ? null
                : vm.index().timelineLayout(timeline.laneModeProperty().get());
        if (fit) {
            timeline.setItemsAndFit(c.items(), c.shown(), sorted, c.links());
        } else {
            timeline.setItems(c.items(), c.shown(), sorted, c.links());
        }
        timeline.noteProperty().set(c.mode() == TimeMode.REPORTED ? ReportTexts.undated(c.undated()) : "");
    }

    /**
     * The view the analyst had when it happened, taken on switching to "when it was reported", with the filter and
     * the selection then: switching back returns to it.
     */
    private static final class HappenedView {
        private TimelineView.View view;
        private claimline.viewmodel.EventFilter filter;
        private String selected;

        void take(TimelineView timeline, MainViewModel vm) {
            view = timeline.view();
            filter = vm.filter();
            selected = timeline.selectedIdProperty().get();
        }

        void forget() {
            view = null;
        }
    }

    /**
     * Switches the timeline between "when it happened" and "when it was reported". To reports: the window is fitted
     * to what is now drawn, or, with an event selected, shows that event with all its reports. Back to when it
     * happened: the view the analyst had before (the selection panned into it if another event was selected
     * meanwhile); with none taken (a new corpus meanwhile), fitted or on the selection as well.
     */
    static void switchMode(MainViewModel vm, TimelineView timeline, HappenedView happened) {
        TimeMode now = vm.timeModeProperty().get();
        if (now == TimeMode.REPORTED) {
            happened.take(timeline, vm);
        }
        show(vm, timeline, true);
        String selected = timeline.selectedIdProperty().get();
        if (now == TimeMode.HAPPENED && happened.view != null) {
            timeline.showView(happened.view, vm.filter().equals(happened.filter));
            happened.forget();
            if (selected != null && !selected.equals(happened.selected)) {
                revealSelection(timeline, selected);
            }
        } else if (selected != null) {
            timeline.zoomToSelection();
        }
    }

    private static void revealSelection(TimelineView timeline, String id) {
        TimelineLayout l = timeline.layoutProperty().get();
        if (l != null) {
            l.items().stream().filter(it -> it.id().equals(id)).findFirst().ifPresent(timeline::reveal);
        }
    }

    /** Parties with the most events first. */
    static Comparator<String> laneOrder(ModelIndex index) {
        List<String> order = index.partiesByWeight();
        return Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : Integer.MAX_VALUE);
    }

    /** The offset most of the events' clock times carry: the local time of the conflict. */
    static ZoneOffset localOffset(ModelIndex index) {
        return index.model().events().stream().map(e -> e.time().start().offset()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(ZoneOffset.UTC);
    }

    /**
     * A mark's tooltip: title, time in words with how it was found, how many sources, whether contested; for a report,
     * whose version in which outlet, when published, when the event happened and how long after it was reported.
     */
    static String describe(MainViewModel vm, TimelineItem it) {
        ReportChronology.Report report = vm.timeModeProperty().get() == TimeMode.REPORTED
                ? vm.timelineContent().report(it.id()) : null;
        if (report != null && vm.index() != null) {
            Event reported = vm.index().event(vm.timelineContent().links().selectionOf(it.id()));
            if (reported != null) {
                return ReportTexts.tooltip(report, ReportChronology.of(reported, vm.filter().visibleClaims(reported),
                        vm.index()), vm.index());
            }
        }
        Event e = vm.index() == null ? null : vm.index().event(it.id());
        if (e == null) {
            return it.title();
        }
        return Messages.get("tooltip.event", e.title(), Formats.timeAndBasis(e.time()), it.sources())
                + (it.contested() ? Messages.get("tooltip.contested") : "");
    }
}
