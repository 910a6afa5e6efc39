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
    void hidingAPartyHidesTheEventsThatInvolveNoOtherActorAndItsClaims() {
        ModelIndex index = vm.index();
        vm.setShown(party("ARM"), false);
        // An event stays while it involves (takes part, claims, is accused) an actor that is not Armenia's.
        List<Event> kept = model.events().stream().filter(e -> index.involved(e).stream()
                .anyMatch(a -> !index.partyOf(a).equals("ARM"))).toList();
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
        // a card per passage: every source of every claim of the party's actors
        int cards = s.columns().stream().mapToInt(c -> c.cards().size()).sum();
        long partisan = night().claims().stream().filter(c -> !vm.index().partyOf(c.claimant()).isEmpty())
                .mapToLong(c -> c.sources().size()).sum();
        assertThat(cards).isEqualTo((int) partisan);
        assertThat(s.columns()).noneMatch(c -> c.party().equals(ModelIndex.NO_PARTY));
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
        // Azerbaijan's ministry denies Armenia's account in the night's claims; none of them is visible here
        Contest contest = Contest.of(told, vm.index()::partyOf);
        List<SideBySide.FactRow> rows = SideBySide.facts(told, List.of(), cols, contest, vm.index());
        assertThat(rows).containsExactly(
                new SideBySide.FactRow(Fact.TIME, true, List.of(List.of("2022-09-13"), List.of("2022-09-12"))),
                new SideBySide.FactRow(Fact.BLAME, false, List.of(List.of("AZE"), List.of())),
                new SideBySide.FactRow(Fact.DENIAL, true, List.of(List.of(), List.of(azeSpeaker))));
    }

    @Test
    void factRowsCoverEveryFactTheSidesStateAgreedOrNotIncludingOnesTheModelAddsLater() {
        Claim arm = new Claim("arm-mod", claimline.model.Stance.ASSERTS, "a", List.of(new Source(doc(), 0, 5)),
                java.util.Map.of(Fact.TIME, "2022-09-13", Fact.PLACES, "Goris", Fact.BLAME, "AZE"));
        Claim aze = new Claim("aze-mod", claimline.model.Stance.ASSERTS, "b", List.of(new Source(doc(), 6, 9)),
                java.util.Map.of(Fact.SCALE, "limited", Fact.PLACES, "Lachin", Fact.CASUALTIES, "2 wounded"));
        Event e = event(List.of(arm, aze), List.of(new Disagreement(Fact.PLACES,
                java.util.Map.of("ARM", "Goris", "AZE", "Lachin"))));
        vm.setModel(with(e));
        vm.select(e.id());
        SideBySide s = vm.sideBySide();
        assertThat(s.columns()).extracting(SideBySide.Column::party).containsExactly("ARM", "AZE");
        assertThat(s.facts()).extracting(SideBySide.FactRow::fact)
                .containsExactly(Fact.TIME, Fact.PLACES, Fact.CASUALTIES, Fact.SCALE, Fact.BLAME);
        assertThat(s.facts()).filteredOn(SideBySide.FactRow::disputed).extracting(SideBySide.FactRow::fact)
                .containsExactly(Fact.PLACES);
        assertThat(s.facts().get(3).values()).containsExactly(List.of(), List.of("limited"));
    }

    @Test
    void eachColumnShowsEveryPassageOfTheParty_officialsBeforeWhatIsSaidInTheStatesName() {
        Claim state = new Claim("arm", claimline.model.Stance.ASSERTS, "both sides reported",
                List.of(new Source(doc(), 0, 5), new Source(doc(), 30, 40)));
        Claim ministry = new Claim("arm-mod", claimline.model.Stance.ASSERTS, "shelling at 00:05",
                List.of(new Source(doc(), 10, 20), new Source(doc(), 50, 60), new Source(doc(), 70, 80)));
        Event e = event(List.of(state, ministry), List.of());
        vm.setModel(with(e));
        vm.select(e.id());
        List<SideBySide.Card> cards = vm.sideBySide().columns().get(0).cards();
        assertThat(cards).extracting(c -> c.claim().claimant())
                .containsExactly("arm-mod", "arm-mod", "arm-mod", "arm", "arm");
        assertThat(cards).extracting(SideBySide.Card::source).extracting(Source::start)
                .containsExactly(10, 50, 70, 0, 30);
        assertThat(cards).allSatisfy(c -> assertThat(c.document()).isNotNull());
    }

    @Test
    void contestedMeansTheSidesDifferOrOneDeniesAnothersAccount() {
        Claim armCeasefire = new Claim("arm", claimline.model.Stance.ASSERTS, "a", List.of(new Source(doc(), 0, 5)),
                java.util.Map.of(Fact.TIME, "2022-09-13"));
        Claim rusCeasefire = new Claim("rus", claimline.model.Stance.ASSERTS, "b", List.of(new Source(doc(), 6, 9)),
                java.util.Map.of(Fact.TIME, "2022-09-13"));
        Event agreeing = event(List.of(armCeasefire, rusCeasefire), List.of());
        assertThat(Contest.of(agreeing, vm.index()::partyOf).contested()).as("two parties agreeing").isFalse();
        Event sameBlame = event(List.of(armCeasefire, rusCeasefire), List.of(new Disagreement(Fact.BLAME,
                java.util.Map.of("ARM", "AZE", "RUS", "AZE"))));
        assertThat(Contest.of(sameBlame, vm.index()::partyOf).contested()).as("both blame the same side").isFalse();
        Event noted = event(List.of(armCeasefire, rusCeasefire), List.of(Disagreement.note("the analyst doubts it")));
        assertThat(Contest.of(noted, vm.index()::partyOf).contested()).as("a note").isFalse();
        java.util.Map<String, String> dated = new java.util.LinkedHashMap<>();
        dated.put("ARM", "2022-09-13");
        dated.put("RUS", "2022-09-12");
        Event times = event(List.of(armCeasefire, rusCeasefire), List.of(new Disagreement(Fact.TIME, dated)));
        assertThat(Contest.of(times, vm.index()::partyOf).reasons())
                .containsExactly(new Contest.Reason(Fact.TIME, List.of("ARM", "RUS"), List.of()));
        Claim armDenies = new Claim("arm-mod", claimline.model.Stance.DENIES, "c", List.of(new Source(doc(), 10, 12)));
        Event denied = event(List.of(armDenies, rusCeasefire), List.of());
        assertThat(Contest.of(denied, vm.index()::partyOf).reasons())
                .containsExactly(new Contest.Reason(Fact.DENIAL, List.of("ARM"), List.of("RUS")));
        Claim outlet = new Claim("media-kompas-com", claimline.model.Stance.ASSERTS, "d",
                List.of(new Source(doc(), 20, 25)));
        Event deniedToNoParty = event(List.of(armDenies, outlet), List.of());
        assertThat(Contest.of(deniedToNoParty, vm.index()::partyOf).contested())
                .as("a denial no other party's account stands against").isFalse();
    }

    @Test
    void anActorsEventsIncludeThoseItIsAccusedIn_andItsCountIsWhatCheckingItAloneShows() {
        Claim arm = new Claim("arm-mod", claimline.model.Stance.ASSERTS, "a", List.of(new Source(doc(), 0, 5)),
                java.util.Map.of(Fact.BLAME, "AZE"));
        Event accused = new Event("ev-accused", claimline.model.EventType.ATTACK, "Shelling", night().time(), false,
                List.of("arm"), List.of(), List.of(arm), List.of());
        vm.setModel(with(accused));
        ModelIndex index = vm.index();
        assertThat(index.involved(accused)).contains("aze");
        assertThat(index.parties(accused)).containsExactly("ARM", "AZE");
        ActorEntry azerbaijan = party("AZE");
        vm.hideAllActors();
        vm.setShown(azerbaijan, true);
        assertThat(vm.visibleEvents()).contains(accused).hasSize(azerbaijan.count());
        assertThat(TimelineItems.of(index.info(accused), index, vm.filter()).lanesByParty()).containsExactly("AZE");
    }

    @Test
    void everyActorsCountIsWhatCheckingItAloneShows() {
        for (ActorEntry e : List.copyOf(vm.actorEntries())) {
            vm.hideAllActors();
            vm.setShown(e, true);
            assertThat(vm.visibleEvents()).as(e.label()).hasSize(e.count());
            if (e.party() && !e.key().isEmpty()) {
                assertThat(vm.visibleInfos()).allSatisfy(i -> assertThat(TimelineItems.of(i, vm.index(), vm.filter())
                        .lanesByParty()).containsExactly(e.key()));
            }
        }
        vm.showAllActors();
        for (ActorEntry e : vm.actorEntries()) {
            if (e.party() && !e.key().isEmpty()) {
                long inLane = vm.visibleInfos().stream().filter(i -> TimelineItems.of(i, vm.index(), vm.filter())
                        .lanesByParty().contains(e.key())).count();
                assertThat(inLane).as("lane of " + e.label()).isEqualTo(e.count());
            }
        }
    }

    @Test
    void nothingMatchingIsToldApartFromNoModelAndTheResetShowsEverything() {
        assertThat(vm.nothingMatchesProperty().get()).isFalse();
        vm.hideAllActors();
        assertThat(vm.nothingMatchesProperty().get()).isTrue();
        vm.resetFilter();
        assertThat(vm.nothingMatchesProperty().get()).isFalse();
        assertThat(vm.visibleEvents()).hasSize(model.events().size());
        assertThat(vm.filter().isActive()).isFalse();
    }

    @Test
    void clearingOrMovingTheSelectionClearsTheReaderButACorrectionOfTheSameEventKeepsIt() {
        vm.select(night().id());
        vm.reader().openFirst();
        assertThat(vm.reader().documentProperty().get()).isNotNull();
        vm.clearSelection();
        assertThat(vm.reader().documentProperty().get()).isNull();
        assertThat(vm.reader().highlightedProperty().get()).isNull();
        vm.select(night().id());
        vm.reader().openFirst();
        vm.updateModel(model);
        assertThat(vm.reader().highlightedProperty().get()).isEqualTo(night().sources().get(0));
        vm.selectNext();
        assertThat(vm.reader().highlightedProperty().get()).isNull();
    }

    private String doc() {
        return model.documents().get(1).id();
    }

    private Event event(List<Claim> claims, List<Disagreement> disagreements) {
        return new Event("ev-test", claimline.model.EventType.ARMED_CLASH, "Test", night().time(), false,
                List.of(), List.of(), claims, disagreements);
    }

    /** The seeds' documents and actors with just this event. */
    private EventModel with(Event e) {
        return new EventModel(model.generator(), model.documents(), model.actors(), model.places(), List.of(e),
                List.of());
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
    }

    @Test
    void aClaimOfAHiddenActorIsNotShownButTheEventIsWhenOthersCarryIt() {
        Claim some = night().claims().get(0);
        vm.filterProperty().set(EventFilter.ALL.withHiddenActors(Set.of(some.claimant())));
        assertThat(vm.visibleEvents()).contains(night());
        assertThat(vm.filter().visibleClaims(night())).doesNotContain(some);
    }
}
