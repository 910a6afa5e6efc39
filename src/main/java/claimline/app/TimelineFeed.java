package claimline.app;

import claimline.model.Event;
import claimline.timeline.ShownItems;
import claimline.timeline.TimelineItem;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.TimelineItems;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the timeline shows of the view model: its items, the order of its lanes, tooltips, the local time offset. */
final class TimelineFeed {
    private TimelineFeed() {}

    /** Every event of the model as the timeline draws it, in time order; {@link #shown} says which are shown. */
    static List<TimelineItem> items(MainViewModel vm) {
        ModelIndex index = vm.index();
        return index == null ? List.of() : index.timelineItems();
    }

    /** The {@link #items} sorted into lanes in a lane mode, as the model was prepared (null without a model). */
    static claimline.timeline.TimelineLayout sorted(MainViewModel vm, claimline.timeline.LaneMode mode) {
        return vm.index() == null ? null : vm.index().timelineLayout(mode);
    }

    /** Which of the {@link #items} the filter lets through, and in which lanes those with actors hidden go. */
    static ShownItems shown(MainViewModel vm) {
        return TimelineItems.shown(vm);
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

    /** A mark's tooltip: title, time in words with how it was found, how many sources, whether contested. */
    static String describe(MainViewModel vm, TimelineItem it) {
        Event e = vm.index() == null ? null : vm.index().event(it.id());
        if (e == null) {
            return it.title();
        }
        return Messages.get("tooltip.event", e.title(), Formats.timeAndBasis(e.time()), it.sources())
                + (it.contested() ? Messages.get("tooltip.contested") : "");
    }
}
