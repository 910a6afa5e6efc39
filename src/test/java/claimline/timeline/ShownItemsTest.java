package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A filter change masks the lanes a layout has sorted: what it shows is exactly what laying out the items it lets
 * through would show, and the index finds the items of a window, long ones starting before it included.
 */
class ShownItemsTest {
    private static final long DAY = 86400;
    private static final long T0 = 1_660_000_000L;

    private static TimelineItem item(String id, long start, long end, String... parties) {
        return new TimelineItem(id, id, "armed_clash", start, end, false, false, false, false, List.of(parties), 1);
    }

    private static TimelineLayout layout(List<TimelineItem> items) {
        return new TimelineLayout(items, LaneMode.PARTY, Comparator.naturalOrder(), k -> "lane " + k);
    }

    private static List<String> ids(TimelineLayout l, Lane lane) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < lane.size(); n++) {
            out.add(l.items().get(lane.item(n)).id());
        }
        return out;
    }

    @Test
    void aFilterHidesExactlyTheItemsItLetsNotThroughAndKeepsTheOthersFindable() {
        List<TimelineItem> items = List.of(item("a", T0, T0 + DAY, "ARM", "AZE"), item("b", T0 + DAY, T0 + 2 * DAY, "ARM"),
                item("c", T0 + 2 * DAY, T0 + 3 * DAY, "AZE"), item("d", T0 + 3 * DAY, T0 + 4 * DAY, "RUS"));
        TimelineLayout all = layout(items);
        BitSet shown = new BitSet();
        shown.set(0);
        shown.set(2);
        TimelineLayout some = all.show(ShownItems.of(shown), true, Comparator.naturalOrder(), k -> k);
        assertThat(some.items()).extracting(TimelineItem::id).containsExactly("a", "c");
        assertThat(some.indexOf("b")).isNegative();
        assertThat(some.indexOf("d")).isNegative();
        assertThat(some.items().get(some.indexOf("c")).id()).isEqualTo("c");
        // a lane left with nothing shown is gone; the others count only what they show
        assertThat(some.lanes()).extracting(Lane::key).containsExactly("ARM", "AZE");
        assertThat(some.lanes()).extracting(Lane::size).containsExactly(1, 2);
        assertThat(ids(some, some.lanes().get(1))).containsExactly("a", "c");
        assertThat(some.extent()).containsExactly(T0, T0 + 3 * DAY);
        // the same items shown again: everything back, from the same sorted lanes
        TimelineLayout again = some.show(null, true, Comparator.naturalOrder(), k -> k);
        assertThat(again.items()).extracting(TimelineItem::id).containsExactly("a", "b", "c", "d");
        assertThat(again.isOf(items, LaneMode.PARTY)).isTrue();
    }

    @Test
    void anItemWhoseActorsArePartlyHiddenMovesToTheLanesStillShown_orToTheLaneOfNoParty() {
        List<TimelineItem> items = List.of(item("a", T0, T0 + DAY, "ARM", "AZE"),
                item("b", T0 + DAY, T0 + 2 * DAY, "ARM"), item("c", T0 + 2 * DAY, T0 + 3 * DAY, "AZE"));
        BitSet shown = new BitSet();
        shown.set(0, 3);
        // ARM hidden: "a" stays in AZE only; "b" is told by an outlet of no party as well, and goes to that lane
        ShownItems s = new ShownItems(shown, new int[] {0, 1}, List.of(List.of("AZE"), List.of()));
        TimelineLayout l = layout(items).show(s, true, Comparator.naturalOrder(), k -> k);
        assertThat(l.lanes()).extracting(Lane::key).containsExactly("", "AZE");
        assertThat(ids(l, l.lanes().get(0))).containsExactly("b");
        assertThat(ids(l, l.lanes().get(1))).containsExactly("a", "c");
    }

    @Test
    void historyIsHiddenFromTheLanesAndFromTheExtentWhenAsked() {
        List<TimelineItem> items = List.of(new TimelineItem("war", "war", "armed_clash", T0 - 400 * DAY, T0 - 399 * DAY,
                false, false, false, true, List.of("ARM"), 1), item("now", T0, T0 + DAY, "ARM"));
        TimelineLayout l = layout(items).show(null, false, Comparator.naturalOrder(), k -> k);
        assertThat(l.items()).extracting(TimelineItem::id).containsExactly("now");
        assertThat(l.extent()).containsExactly(T0, T0 + DAY);
        assertThat(layout(items).foregroundExtent()).containsExactly(T0, T0 + DAY);
        assertThat(layout(items).extent()).containsExactly(T0 - 400 * DAY, T0 + DAY);
    }

    /** Random items in a few lanes, some long, some of one instant, in time order as the view model gives them. */
    private static List<TimelineItem> randomItems(SplittableRandom r, int count) {
        String[] parties = {"ARM", "AZE", "RUS", "TUR"};
        List<TimelineItem> out = new ArrayList<>();
        long t = T0;
        for (int i = 0; i < count; i++) {
            t += r.nextInt(4) * 3600L * r.nextInt(12);
            long length = r.nextInt(20) == 0 ? r.nextLong(400) * DAY : r.nextInt(3) == 0 ? 60 : DAY;
            List<String> lanes = new ArrayList<>();
            for (String p : parties) {
                if (r.nextInt(3) == 0) {
                    lanes.add(p);
                }
            }
            out.add(item("e" + i, t, t + length, lanes.toArray(new String[0])));
        }
        return out;
    }

    @Property(tries = 60)
    void maskingTheLanesShowsWhatLayingOutTheItemsLetThroughWouldShow(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TimelineItem> items = randomItems(r, 400);
        BitSet shown = new BitSet();
        List<TimelineItem> through = new ArrayList<>();
        List<Integer> moved = new ArrayList<>();
        List<List<String>> movedLanes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            shown.set(i);
            TimelineItem it = items.get(i);
            if (!it.lanesByParty().isEmpty() && r.nextInt(5) == 0) {
                List<String> fewer = it.lanesByParty().subList(1, it.lanesByParty().size());
                moved.add(i);
                movedLanes.add(fewer);
                it = new TimelineItem(it.id(), it.title(), it.type(), it.startSecond(), it.endSecond(), it.tick(),
                        it.uncertain(), it.contested(), it.background(), fewer, it.sources());
            }
            through.add(it);
        }
        TimelineLayout masked = layout(items).show(new ShownItems(shown,
                moved.stream().mapToInt(Integer::intValue).toArray(), movedLanes), true,
                Comparator.naturalOrder(), k -> "lane " + k);
        TimelineLayout laidOut = layout(through);
        assertThat(masked.items()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(laidOut.items().stream().map(TimelineItem::id).toList());
        assertThat(masked.lanes()).extracting(Lane::key)
                .containsExactlyElementsOf(laidOut.lanes().stream().map(Lane::key).toList());
        for (int l = 0; l < masked.lanes().size(); l++) {
            assertThat(ids(masked, masked.lanes().get(l))).containsExactlyElementsOf(ids(laidOut, laidOut.lanes().get(l)));
        }
        ZoomState window = new ZoomState(T0 + r.nextInt(100) * DAY, T0 + (100 + r.nextInt(100)) * DAY);
        Frame a = masked.frame(window, Geometry.DEFAULT, 1200, 800, 0);
        Frame b = laidOut.frame(window, Geometry.DEFAULT, 1200, 800, 0);
        assertThat(a.marks()).isEqualTo(b.marks());
        assertThat(masked.breaks()).isEqualTo(TimeBreaks.between(through));
    }

    @Property(tries = 60)
    void theIndexFindsExactlyTheItemsOverlappingAWindow_longOnesStartingBeforeItIncluded(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double from = T0 + r.nextInt(150) * DAY + r.nextInt(86400);
        double to = from + r.nextInt(30) * DAY + r.nextInt(86400);
        List<TimelineItem> items = new ArrayList<>(randomItems(r, 300));
        // an item started long before the window and still going when it opens, first in time order
        items.add(0, item("war", T0 - 300 * DAY, (long) from + DAY, "ARM"));
        BitSet shown = new BitSet();
        for (int i = 0; i < items.size(); i++) {
            if (i == 0 || r.nextInt(3) > 0) {
                shown.set(i);
            }
        }
        TimelineLayout l = layout(items).show(ShownItems.of(shown), true, Comparator.naturalOrder(), k -> k);
        List<String> found = new ArrayList<>();
        for (Lane lane : l.lanes()) {
            List<String> expected = new ArrayList<>();
            for (int n = 0; n < lane.size(); n++) {
                TimelineItem it = l.items().get(lane.item(n));
                if (it.endSecond() >= from && it.startSecond() <= to) {
                    expected.add(it.id());
                }
            }
            List<String> overlapping = java.util.Arrays.stream(l.overlapping(lane, from, to))
                    .mapToObj(i -> l.items().get(i).id()).toList();
            assertThat(overlapping).containsExactlyElementsOf(expected);
            found.addAll(overlapping);
        }
        assertThat(found).contains("war");
    }
}
