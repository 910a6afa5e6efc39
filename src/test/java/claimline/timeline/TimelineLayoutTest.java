package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static final long DAY = 86400;
    private static final long T0 = 1_660_000_000L;

    private static TimelineItem item(String id, long start, long end, boolean tick, String... parties) {
        return new TimelineItem(id, id, "armed_clash", start, end, tick, false, false, false, List.of(parties), 1);
    }

    private static TimelineLayout layout(List<TimelineItem> items, LaneMode mode) {
        return new TimelineLayout(items, mode, Comparator.naturalOrder(), k -> "lane " + k);
    }

    @Test
    void anEventSitsInTheLaneOfEachOfItsParties() {
        TimelineLayout l = layout(List.of(item("a", T0, T0 + DAY, false, "ARM", "AZE"),
                item("b", T0, T0 + DAY, false, "RUS")), LaneMode.PARTY);
        assertThat(l.lanes()).extracting(Lane::key).containsExactly("ARM", "AZE", "RUS");
        Frame f = l.frame(ZoomState.fit(l.extent()[0], l.extent()[1], 0.04), Geometry.DEFAULT, 1000, 600, 0);
        assertThat(f.marks()).extracting(Mark::lane).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void byTypeThereIsOneLanePerType() {
        TimelineItem a = item("a", T0, T0 + DAY, false, "ARM");
        TimelineItem b = new TimelineItem("b", "b", "diplomacy", T0, T0 + DAY, false, false, false, false,
                List.of("ARM"), 1);
        assertThat(layout(List.of(a, b), LaneMode.TYPE).lanes()).extracting(Lane::key)
                .containsExactly("armed_clash", "diplomacy");
    }

    @Test
    void aMinuteEventIsATickAndADayEventSpansItsDay() {
        TimelineLayout l = layout(List.of(item("tick", T0, T0 + 60, true, "A"),
                item("day", T0 + 10 * DAY, T0 + 11 * DAY, false, "A")), LaneMode.PARTY);
        ZoomState z = new ZoomState(T0 - DAY, T0 + 19 * DAY); // 20 days over 1000 px: 50 px a day
        Frame f = l.frame(z, Geometry.DEFAULT, 1000 + Geometry.DEFAULT.gutter(), 600, 0);
        Mark tick = f.marks().stream().filter(m -> l.items().get(m.item()).id().equals("tick")).findFirst().orElseThrow();
        Mark day = f.marks().stream().filter(m -> l.items().get(m.item()).id().equals("day")).findFirst().orElseThrow();
        assertThat(tick.x1() - tick.x0()).isEqualTo(Geometry.DEFAULT.tickWidth());
        assertThat(day.x1() - day.x0()).isCloseTo(50, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(day.x0()).isCloseTo(f.x(T0 + 10 * DAY), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void overlappingEventsStackInRowsAndTheRestClusterIntoACount() {
        List<TimelineItem> same = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add(item("e" + i, T0, T0 + DAY, false, "A"));
        }
        TimelineLayout l = layout(same, LaneMode.PARTY);
        Frame f = l.frame(new ZoomState(T0 - DAY, T0 + 3 * DAY), Geometry.DEFAULT, 1000, 600, 0);
        List<Mark> items = f.marks().stream().filter(m -> !m.isCluster()).toList();
        List<Mark> clusters = f.marks().stream().filter(Mark::isCluster).toList();
        assertThat(items).extracting(Mark::row).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).count()).isEqualTo(7);
        assertThat(clusters.get(0).fromSecond()).isEqualTo(T0);
        assertThat(clusters.get(0).toSecond()).isEqualTo(T0 + DAY);
    }

    @Test
    void onlyItemsInsideTheWindowAreLaidOut() {
        List<TimelineItem> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(item("e" + i, T0 + i * DAY, T0 + i * DAY + 60, true, "A"));
        }
        TimelineLayout l = layout(many, LaneMode.PARTY);
        Frame f = l.frame(new ZoomState(T0 + 100 * DAY - 1, T0 + 110 * DAY - 1), Geometry.DEFAULT, 1200, 600, 0);
        assertThat(f.marks()).hasSize(10);
        assertThat(f.marks()).allSatisfy(m -> assertThat(l.items().get(m.item()).id())
                .isIn(java.util.stream.IntStream.range(100, 110).mapToObj(i -> "e" + i).toList()));
    }

    @Test
    void aLongEventStartingBeforeTheWindowIsStillDrawn() {
        TimelineLayout l = layout(List.of(item("war", T0, T0 + 44 * DAY, false, "A"),
                item("later", T0 + 50 * DAY, T0 + 51 * DAY, false, "A")), LaneMode.PARTY);
        Frame f = l.frame(new ZoomState(T0 + 20 * DAY, T0 + 30 * DAY), Geometry.DEFAULT, 1000, 600, 0);
        assertThat(f.marks()).extracting(m -> l.items().get(m.item()).id()).containsExactly("war");
    }

    @Test
    void hitTestingFindsTheMarkUnderThePointer() {
        TimelineLayout l = layout(List.of(item("a", T0, T0 + DAY, false, "A")), LaneMode.PARTY);
        Frame f = l.frame(new ZoomState(T0 - DAY, T0 + 2 * DAY), Geometry.DEFAULT, 1000, 600, 0);
        Mark m = f.marks().get(0);
        assertThat(f.hit((m.x0() + m.x1()) / 2, (m.y0() + m.y1()) / 2)).contains(m);
        assertThat(f.hit(m.x1() + 50, m.y0())).isEmpty();
    }

    @Test
    void lanesScrolledOutOfViewAreNotLaidOut() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(item("e" + i, T0, T0 + DAY, false, String.format("P%02d", i)));
        }
        TimelineLayout l = layout(items, LaneMode.PARTY);
        Frame f = l.frame(ZoomState.fit(l.extent()[0], l.extent()[1], 0.04), Geometry.DEFAULT, 1000, 300, 0);
        assertThat(f.marks().size()).isLessThan(30);
        assertThat(l.contentHeight(Geometry.DEFAULT)).isGreaterThan(300);
    }
}
