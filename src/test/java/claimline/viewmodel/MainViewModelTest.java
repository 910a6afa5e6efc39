package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Disagreement;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main window's state, driven without a toolkit. */
class MainViewModelTest {
    private final EventModel model = Seeds.model();
    private final MainViewModel vm = new MainViewModel();

    @BeforeEach
    void load() {
        vm.setModel(model);
    }

    private ActorEntry party(String key) {
        return vm.actorEntries().stream().filter(e -> e.party() && e.key().equals(key)).findFirst().orElseThrow();
    }

    private Event night() {
        return model.events().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    @Test
    void everythingIsShownInTimeOrderAtFirst() {
        assertThat(vm.visibleEvents()).hasSize(model.events().size());
        List<Long> starts = vm.visibleEvents().stream().map(e -> e.time().startEpochSecond()).toList();
        assertThat(starts).isSorted();
        assertThat(vm.statusProperty().get()).startsWith("5 documents · " + model.events().size() + " events")
                .doesNotContain("showing");
    }

    @Test
    void actorsAreGroupedUnderTheirParty() {
        List<ActorEntry> entries = vm.actorEntries();
        int arm = entries.indexOf(party("ARM"));
        assertThat(entries.get(arm).members()).contains("arm", "arm-mod");
        assertThat(entries.subList(arm + 1, arm + 1 + entries.get(arm).members().size()))
                .allSatisfy(e -> assertThat(vm.index().partyOf(e.key())).isEqualTo("ARM"));
        assertThat(entries.get(arm).count()).isPositive();
    }

    @Test
    void hidingAPartyHidesTheEventsOnlyItCarriesAndItsClaims() {
        ModelIndex index = vm.index();
        long onlyArm = model.events().stream().filter(e -> index.parties(e).equals(List.of("ARM"))).count();
        assertThat(onlyArm).as("the seeds have events carried by Armenia alone").isPositive();
        vm.setShown(party("ARM"), false);
        assertThat(vm.visibleEvents()).noneMatch(e -> index.parties(e).equals(List.of("ARM")));
        // An event stays when another party takes part in it and someone other than Armenia's actors claims it.
        List<Event> kept = model.events().stream().filter(e -> !index.parties(e).equals(List.of("ARM"))
                && e.claims().stream().anyMatch(c -> !index.partyOf(c.claimant()).equals("ARM"))).toList();
        assertThat(vm.visibleEvents()).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(vm.visibleEvents()).contains(night());
        assertThat(vm.filter().visibleClaims(night())).isNotEmpty()
                .noneMatch(c -> index.partyOf(c.claimant()).equals("ARM"));
        assertThat(vm.statusProperty().get()).contains("showing " + vm.visibleEvents().size() + " of");
        vm.setShown(party("ARM"), true);
        assertThat(vm.visibleEvents()).hasSize(model.events().size());
    }

    @Test
    void noneHidesEverythingAndAllBringsItBack() {
        vm.hideAllActors();
        assertThat(vm.visibleEvents()).isEmpty();
        vm.showAllActors();
        assertThat(vm.visibleEvents()).hasSize(model.events().size());
    }

    @Test
    void typesContestedOnlyAndSearchNarrowTheEvents() {
        vm.filterProperty().set(vm.filter().withTypes(EnumSet.of(EventType.DIPLOMACY)));
        assertThat(vm.visibleEvents()).isNotEmpty().allMatch(e -> e.type() == EventType.DIPLOMACY);
        vm.filterProperty().set(EventFilter.ALL.withContestedOnly(true));
        assertThat(vm.visibleEvents()).isNotEmpty().contains(night()).allMatch(vm.index()::isContested);
        vm.filterProperty().set(EventFilter.ALL.withSearch("shoigu"));
        assertThat(vm.visibleEvents()).isNotEmpty().allMatch(e -> vm.index().searchText(e).contains("shoigu"));
        assertThat(vm.visibleEvents().size()).isLessThan(model.events().size());
    }

    @Test
    void aDateRangeKeepsEventsThatOverlapIt() {
        long from = night().time().startEpochSecond() - 3600;
        long to = night().time().startEpochSecond() + 3600;
        vm.filterProperty().set(EventFilter.ALL.withRange(from, to));
        assertThat(vm.visibleEvents()).contains(night()).allMatch(e -> e.time().endEpochSecond() > from
                && e.time().startEpochSecond() <= to);
    }

    @Test
    void selectionWalksTheVisibleEventsInTimeOrderAndClearsWhenFilteredOut() {
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.visibleEvents().get(0));
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.visibleEvents().get(1));
        vm.selectPrevious();
        vm.selectPrevious();
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.visibleEvents().get(0));
        vm.select(night().id());
        vm.filterProperty().set(EventFilter.ALL.withTypes(EnumSet.of(EventType.DIPLOMACY)));
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void sideBySideHasAColumnPerClaimingPartyWithThatPartysClaims() {
        vm.select(night().id());
        SideBySide s = vm.sideBySide();
        assertThat(s.columns()).extracting(SideBySide.Column::party).contains("ARM", "AZE");
        for (SideBySide.Column c : s.columns()) {
            assertThat(c.cards()).allSatisfy(card -> assertThat(vm.index().partyOf(card.claim().claimant()))
                    .isEqualTo(c.party()));
        }
        int cards = s.columns().stream().mapToInt(c -> c.cards().size()).sum();
        long partisan = night().claims().stream().filter(c -> !vm.index().partyOf(c.claimant()).isEmpty()).count();
        assertThat(cards).isEqualTo((int) partisan);
        assertThat(s.columns()).noneMatch(c -> c.party().equals(ModelIndex.NO_PARTY));
        // the view names the sides as the export does
        assertThat(s.disagreements()).isNotEmpty().isEqualTo(vm.index().model().disagreementTexts(night()));
        assertThat(s.facts()).allSatisfy(f -> assertThat(f.values()).hasSize(s.columns().size()));
    }

    @Test
    void factsAreAlignedUnderThePartiesThatStateThem() {
        List<SideBySide.Column> cols = List.of(new SideBySide.Column("ARM", "Armenia", List.of()),
                new SideBySide.Column("AZE", "Azerbaijan", List.of()));
        String azeSpeaker = model.actors().stream().filter(a -> "AZE".equals(a.party())
                && a.type() == claimline.model.ActorType.INSTITUTION).findFirst().orElseThrow().id();
        Event e = night();
        Event told = new Event(e.id(), e.type(), e.title(), e.time(), e.background(), e.actors(), e.places(), e.claims(),
                List.of(new Disagreement(Fact.TIME, java.util.Map.of("AZE", "2022-09-12", "ARM", "2022-09-13")),
                        new Disagreement(Fact.BLAME, java.util.Map.of("ARM", "AZE")),
                        new Disagreement(Fact.DENIAL, java.util.Map.of(azeSpeaker, "")),
                        Disagreement.note("an older file's sentence names no side")));
        List<SideBySide.FactRow> rows = SideBySide.facts(told, cols, vm.index());
        assertThat(rows).containsExactly(
                new SideBySide.FactRow("time", List.of("dates it 2022-09-13", "dates it 2022-09-12")),
                new SideBySide.FactRow("who started it", List.of("blames Azerbaijan", "")),
                new SideBySide.FactRow("denial", List.of("", "denies the account")));
    }

    @Test
    void theContestedTableHasARowPerContestedEventAndAColumnPerParty() {
        ContestedTable t = vm.contestedTable();
        long contested = model.events().stream().filter(vm.index()::isContested).count();
        assertThat(t.rows()).hasSize((int) contested);
        assertThat(t.parties()).contains("ARM", "AZE");
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.versions()).hasSize(t.parties().size()));
    }

    @Test
    void theReaderOpensAPassageAndWalksTheEventsSources() {
        vm.select(night().id());
        ReaderViewModel r = vm.reader();
        r.openFirst();
        Source first = night().sources().get(0);
        assertThat(r.highlightedProperty().get()).isEqualTo(first);
        assertThat(r.highlightedText()).isEqualTo(model.documentsById().get(first.document()).text()
                .substring(first.start(), first.end()));
        r.next();
        assertThat(r.positionProperty().get()).isEqualTo(1);
        r.previous();
        r.previous();
        assertThat(r.positionProperty().get()).isEqualTo(night().sources().size() - 1);
        assertThat(ReaderViewModel.publication(r.documentProperty().get()))
                .matches("published \\d{1,2} [A-Z][a-z]{2} 20\\d\\d \\((stated|inferred)\\)");
    }

    @Test
    void aClaimOfAHiddenActorIsNotShownButTheEventIsWhenOthersCarryIt() {
        Claim some = night().claims().get(0);
        vm.filterProperty().set(EventFilter.ALL.withHiddenActors(Set.of(some.claimant())));
        assertThat(vm.visibleEvents()).contains(night());
        assertThat(vm.filter().visibleClaims(night())).doesNotContain(some);
    }
}
