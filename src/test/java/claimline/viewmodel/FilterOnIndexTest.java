package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.bench.SyntheticModel;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.timeline.Lane;
import claimline.timeline.LaneMode;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A filter worked out on the index's bit sets lets through exactly the events its test does, and the timeline it
 * masks shows what laying out the filtered items again would: the same lanes, each with the same items in order.
 */
class FilterOnIndexTest {
    private static final EventModel MODEL = SyntheticModel.of(1500, 30, 6, 3, 17);
    private static final ModelIndex INDEX = new ModelIndex(MODEL);

    private static EventFilter randomFilter(SplittableRandom r) {
        Set<String> hidden = new HashSet<>();
        MODEL.actors().forEach(a -> {
            if (r.nextInt(4) == 0) {
                hidden.add(a.id());
            }
        });
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (EventType t : EventType.values()) {
            if (r.nextInt(5) > 0) {
                types.add(t);
            }
        }
        long first = INDEX.columns().start(0);
        long last = INDEX.columns().start(INDEX.columns().size() - 1);
        Long from = r.nextBoolean() ? null : first + (long) (r.nextDouble() * (last - first) / 2);
        Long to = r.nextBoolean() ? null : last - (long) (r.nextDouble() * (last - first) / 2);
        String search = r.nextInt(4) == 0 ? "event " + r.nextInt(10) : "";
        return new EventFilter(hidden, types, from, to, r.nextInt(3) == 0, search);
    }

    @Property(tries = 80)
    void theBitsLetThroughExactlyWhatTheTestDoes(@ForAll long seed) {
        EventFilter f = randomFilter(new SplittableRandom(seed));
        BitSet expected = new BitSet();
        List<ModelIndex.Info> infos = INDEX.infosInTimeOrder();
        for (int p = 0; p < infos.size(); p++) {
            if (f.test(infos.get(p), INDEX)) {
                expected.set(p);
            }
        }
        assertThat(f.shownIn(INDEX)).isEqualTo(expected);
    }

    private static List<String> ids(TimelineLayout l, Lane lane) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < lane.size(); n++) {
            out.add(l.items().get(lane.item(n)).id());
        }
        return out;
    }

    @Property(tries = 40)
    void theMaskedTimelineShowsWhatLayingOutTheFilteredItemsWould(@ForAll long seed) {
        MainViewModel vm = new MainViewModel();
        vm.setModel(MODEL);
        vm.filterProperty().set(randomFilter(new SplittableRandom(seed)).withSearch(""));
        assertSameTimeline(vm);
    }

    @org.junit.jupiter.api.Test
    void withEachPartyOfTheSeedsHiddenItsEventsMoveToTheOtherLanes_thoseAnOutletToldToTheLaneOfNone() {
        MainViewModel vm = new MainViewModel();
        vm.setModel(claimline.Seeds.model());
        boolean toNone = false;
        for (ActorEntry party : List.copyOf(vm.actorEntries())) {
            if (party.party()) {
                vm.resetFilter();
                vm.setShown(party, false);
                assertSameTimeline(vm);
                toNone |= TimelineItems.shown(vm).lanes().stream().anyMatch(List::isEmpty);
            }
        }
        assertThat(toNone).as("some event left with only an outlet of no party").isTrue();
    }

    private static void assertSameTimeline(MainViewModel vm) {
        ModelIndex index = vm.index();
        Comparator<String> order = Comparator.naturalOrder();
        TimelineLayout masked = new TimelineLayout(index.timelineItems(), LaneMode.PARTY, order, k -> k)
                .show(TimelineItems.shown(vm), true, order, k -> k);
        List<TimelineItem> filtered = TimelineItems.ofInfos(vm.visibleInfos(), index, vm.filter());
        TimelineLayout laidOut = new TimelineLayout(filtered, LaneMode.PARTY, order, k -> k);
        assertThat(masked.items()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(filtered.stream().map(TimelineItem::id).toList());
        assertThat(masked.lanes()).extracting(Lane::key)
                .containsExactlyElementsOf(laidOut.lanes().stream().map(Lane::key).toList());
        for (int l = 0; l < masked.lanes().size(); l++) {
            assertThat(ids(masked, masked.lanes().get(l))).as(masked.lanes().get(l).key())
                    .containsExactlyElementsOf(ids(laidOut, laidOut.lanes().get(l)));
        }
    }
}
