package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.bench.SyntheticModel;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.Source;
import claimline.model.Stance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the index says of a model: the order events are shown in, who takes part in each, what is contested. */
class ModelIndexTest {
    private static final Comparator<Event> BY_START_THEN_ID = Comparator
            .comparingLong((Event e) -> e.time().startEpochSecond()).thenComparing(Event::id);

    private static EventModel withEvents(EventModel m, List<Event> events) {
        return new EventModel(m.generator(), m.documents(), m.actors(), m.places(), events, m.problems());
    }

    @Test
    void eventsAreInTimeOrderAndThoseOfTheSameMomentByIdWhateverTheOrderTheyCameIn() {
        EventModel synthetic = SyntheticModel.of(3000, 20, 6, 2, 5);
        List<Event> shuffled = new ArrayList<>(synthetic.events());
        Collections.shuffle(shuffled, new Random(3));
        List<Event> expected = synthetic.events().stream().sorted(BY_START_THEN_ID).toList();
        // events of one day start at the same second: many ties, which only the id orders
        assertThat(expected.stream().map(e -> e.time().startEpochSecond()).distinct().count())
                .isLessThan(expected.size() * 3L / 4);
        List<Event> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        for (List<Event> order : List.of(synthetic.events(), shuffled, reversed)) {
            ModelIndex index = new ModelIndex(withEvents(synthetic, order));
            assertThat(index.eventsInTimeOrder()).extracting(Event::id)
                    .containsExactlyElementsOf(expected.stream().map(Event::id).toList());
            assertThat(index.infosInTimeOrder()).extracting(ModelIndex.Info::event)
                    .containsExactlyElementsOf(index.eventsInTimeOrder());
        }
    }

    @Test
    void anEventInvolvesItsActorsThenItsClaimantsThenTheAccused_eachOnce() {
        EventModel seeds = Seeds.model();
        String doc = seeds.documents().get(0).id();
        Claim blames = new Claim("arm-mod", Stance.ASSERTS, "a", List.of(new Source(doc, 0, 5)),
                Map.of(Fact.BLAME, "AZE"));
        Claim again = new Claim("arm-mod", Stance.ASSERTS, "b", List.of(new Source(doc, 6, 9)),
                Map.of(Fact.BLAME, "AZE"));
        Claim own = new Claim("arm", Stance.ASSERTS, "c", List.of(new Source(doc, 10, 12)));
        Event e = new Event("ev-1", EventType.ATTACK, "Shelling", seeds.events().get(0).time(), false,
                List.of("arm", "rus"), List.of(), List.of(blames, again, own),
                List.of(new Disagreement(Fact.BLAME, Map.of("AZE", "ARM"))));
        ModelIndex index = new ModelIndex(withEvents(seeds, List.of(e)));
        assertThat(index.involved(e)).containsExactly("arm", "rus", "arm-mod", "aze");
        assertThat(index.info(e).involved()).containsExactly("arm", "rus", "arm-mod", "aze");
        assertThat(index.parties(e)).containsExactly("ARM", "RUS", "AZE");
        assertThat(index.eventCount("aze")).isEqualTo(1);
        assertThat(index.eventCount("arm-mod")).isEqualTo(1);
    }

    @Test
    void everyActorsCountIsTheNumberOfEventsThatInvolveIt() {
        for (EventModel m : List.of(Seeds.model(), SyntheticModel.of(500, 10, 5, 1, 9))) {
            ModelIndex index = new ModelIndex(m);
            for (claimline.model.Actor a : m.actors()) {
                assertThat(index.eventCount(a.id())).as(a.id())
                        .isEqualTo(m.events().stream().filter(e -> index.involved(e).contains(a.id())).count());
            }
            assertThat(index.eventsWithoutParty()).isEqualTo(m.events().stream().filter(e -> index.involved(e)
                    .stream().anyMatch(a -> index.partyOf(a).equals(ModelIndex.NO_PARTY))).count());
        }
    }

    @Test
    void anEventIsMarkedContestedExactlyWhenThereIsAReasonForIt() {
        for (EventModel m : List.of(Seeds.model(), SyntheticModel.of(2000, 10, 5, 1, 11))) {
            ModelIndex index = new ModelIndex(m);
            assertThat(m.events()).anyMatch(index::isContested).anyMatch(e -> !index.isContested(e));
            for (Event e : m.events()) {
                boolean reasons = Contest.of(e, index::partyOf).contested();
                assertThat(Contest.isContested(e, index::partyOf)).as(e.id()).isEqualTo(reasons);
                assertThat(index.isContested(e)).as(e.id()).isEqualTo(reasons);
                assertThat(index.info(e).item().contested()).isEqualTo(reasons);
            }
        }
    }

    @Test
    void lookupsBuiltWhereTheModelIsPreparedAnswerAsThoseBuiltOnTheFirstLookup() {
        EventModel m = SyntheticModel.of(1500, 10, 5, 1, 13);
        ModelIndex lazy = CorrectionsViewModel.prepare(m, List.of()).index();
        ModelIndex ready = CorrectionsViewModel.prepare(m, List.of()).index();
        ready.buildLookups();
        claimline.timeline.TimelineLayout lazyLayout = lazy.timelineLayout(claimline.timeline.LaneMode.PARTY);
        claimline.timeline.TimelineLayout readyLayout = ready.timelineLayout(claimline.timeline.LaneMode.PARTY);
        for (int p = 0; p < m.events().size(); p += 7) {
            Event e = ready.eventsInTimeOrder().get(p);
            assertThat(ready.event(e.id())).isSameAs(e);
            assertThat(ready.position(e)).isEqualTo(p);
            assertThat(readyLayout.indexOf(e.id())).isEqualTo(p).isEqualTo(lazyLayout.indexOf(e.id()));
            assertThat(lazy.event(e.id()).id()).isEqualTo(e.id());
        }
        assertThat(ready.event("no-such-event")).isNull();
        assertThat(readyLayout.indexOf("no-such-event")).isEqualTo(-1);
    }
}
