package claimline.model;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.bench.SyntheticModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order events are shown and saved in: by start, then id, as a stable sort by that comparator puts them. */
class TimeOrderTest {
    private static final Comparator<Event> BY_START_THEN_ID = Comparator
            .comparingLong((Event e) -> e.time().startEpochSecond()).thenComparing(Event::id);

    @Test
    void eventsInAnyOrderComeOutByStartThenIdAsAStableSortPutsThem() {
        List<Event> events = SyntheticModel.of(3000, 20, 6, 2, 5).events();
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(3));
        // two events of the same start and id (told apart by their titles) keep the order they came in
        Event twin = shuffled.get(20);
        shuffled.add(700, new Event(twin.id(), twin.type(), twin.title() + " again", twin.time(), twin.background(),
                twin.actors(), twin.places(), twin.claims(), twin.disagreements()));
        List<Event> expected = new ArrayList<>(shuffled);
        expected.sort(BY_START_THEN_ID);
        List<Event> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        List<Event> reversedExpected = new ArrayList<>(reversed);
        reversedExpected.sort(BY_START_THEN_ID);

        assertThat(TimeOrder.sorted(shuffled)).extracting(Event::title)
                .containsExactlyElementsOf(expected.stream().map(Event::title).toList());
        assertThat(TimeOrder.sorted(reversed)).containsExactlyElementsOf(reversedExpected);
        int[] order = TimeOrder.of(shuffled);
        assertThat(order).hasSize(shuffled.size());
        for (int k = 0; k < order.length; k++) {
            assertThat(shuffled.get(order[k]).title()).isEqualTo(expected.get(k).title());
        }
    }

    @Test
    void eventsAlreadyInOrderAreHandedBackAsTheyAre() {
        List<Event> expected = SyntheticModel.of(2000, 20, 6, 2, 7).events().stream().sorted(BY_START_THEN_ID).toList();
        assertThat(TimeOrder.sorted(expected)).isSameAs(expected);
        assertThat(TimeOrder.of(expected)).containsExactly(java.util.stream.IntStream.range(0, expected.size()).toArray());
    }

    @Test
    void eventsOfTheSameStartOutOfIdOrderAreSortedByIdAlone() {
        List<Event> events = SyntheticModel.of(2000, 20, 6, 2, 7).events().stream().sorted(BY_START_THEN_ID).toList();
        int k = 1;
        while (events.get(k - 1).time().startEpochSecond() != events.get(k).time().startEpochSecond()) {
            k++;
        }
        List<Event> swapped = new ArrayList<>(events);
        Collections.swap(swapped, k - 1, k);
        assertThat(TimeOrder.sorted(swapped)).containsExactlyElementsOf(events);
    }
}
