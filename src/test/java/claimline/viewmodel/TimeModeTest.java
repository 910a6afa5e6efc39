package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.TimePoint;
import claimline.timeline.ReportLinks;
import claimline.timeline.TimeMode;
import claimline.timeline.TimelineItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's switch between "when it happened" and "when it was reported", driven without a toolkit. */
class TimeModeTest {
    private final EventModel seeds = Seeds.model();
    private final MainViewModel vm = new MainViewModel();

    @BeforeEach
    void load() {
        vm.setModel(seeds);
    }

    private Event night() {
        return seeds.events().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    private static long publicationDayStart(Document d) {
        return TimePoint.day(d.published().date()).startEpochSecond();
    }

    @Test
    void byDefaultTheTimelineShowsEachEventWhenItHappened() {
        TimelineContent c = vm.timelineContent();
        assertThat(c.mode()).isEqualTo(TimeMode.HAPPENED);
        assertThat(c.links()).isSameAs(ReportLinks.NONE);
        assertThat(c.shownItems()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(vm.visibleEvents().stream().map(Event::id).toList());
    }

    @Test
    void inReportedModeEachSidesReportInAnArticleSitsAtThatArticlesPublicationDayLinkedToItsHappening() {
        vm.timeModeProperty().set(TimeMode.REPORTED);
        TimelineContent c = vm.timelineContent();
        assertThat(c.mode()).isEqualTo(TimeMode.REPORTED);
        assertThat(c.undated()).isZero();
        Map<String, Document> docs = seeds.documentsById();
        assertThat(c.items()).isNotEmpty().allSatisfy(it -> {
            ReportChronology.Report r = c.report(it.id());
            assertThat(it.startSecond()).isEqualTo(publicationDayStart(docs.get(r.document())));
            assertThat(it.endSecond() - it.startSecond()).isEqualTo(86400);
            assertThat(it.lanesByParty()).isEqualTo(r.party().isEmpty() ? List.of() : List.of(r.party()));
        });
        assertThat(c.items()).extracting(TimelineItem::startSecond).isSorted();
        // the night of 13 September: Armenia's and Azerbaijan's versions in the articles of 13 and 20 September
        Event night = night();
        List<String> reports = c.links().reportsOf(night.id());
        assertThat(reports).isNotEmpty().allSatisfy(id -> {
            assertThat(c.links().of(id).happened()).isEqualTo(night.time().startEpochSecond());
            assertThat(c.links().selectionOf(id)).isEqualTo(night.id());
        });
        Set<String> sides = reports.stream().map(c::report).map(ReportChronology.Report::party)
                .collect(Collectors.toSet());
        assertThat(sides).contains("ARM", "AZE");
        Set<String> articles = reports.stream().map(c::report).filter(r -> r.party().equals("ARM"))
                .map(ReportChronology.Report::document).collect(Collectors.toSet());
        Set<String> cited = night.claims().stream().filter(cl -> vm.index().partyOf(cl.claimant()).equals("ARM"))
                .flatMap(cl -> cl.sources().stream()).map(s -> s.document()).collect(Collectors.toSet());
        assertThat(articles).isEqualTo(cited);
    }

    @Test
    void switchingBackShowsTheEventsAgainAndTheFilterStillApplies() {
        vm.timeModeProperty().set(TimeMode.REPORTED);
        int reports = vm.timelineContent().items().size();
        vm.setShown(vm.actorEntries().stream().filter(e -> e.party() && e.key().equals("ARM")).findFirst()
                .orElseThrow(), false);
        TimelineContent hidden = vm.timelineContent();
        assertThat(hidden.items()).hasSizeLessThan(reports)
                .noneMatch(it -> hidden.report(it.id()).party().equals("ARM"));
        vm.timeModeProperty().set(TimeMode.HAPPENED);
        assertThat(vm.timelineContent().shownItems()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(vm.visibleEvents().stream().map(Event::id).toList());
    }

    @Test
    void whenItHappenedAFilterChangeKeepsEveryEventOfTheModelAndOnlyMasksThoseItHides() {
        TimelineContent all = vm.timelineContent();
        assertThat(all.items()).as("the index's own items, made where the model was prepared")
                .isSameAs(vm.index().timelineItems()).hasSize(seeds.events().size());
        vm.filterProperty().set(vm.filter().withContestedOnly(true));
        TimelineContent contested = vm.timelineContent();
        assertThat(contested.items()).as("a filter change gives the timeline a mask, not new items")
                .isSameAs(all.items());
        assertThat(contested.links()).isSameAs(ReportLinks.NONE);
        assertThat(vm.visibleEvents()).hasSizeLessThan(seeds.events().size()).isNotEmpty();
        assertThat(contested.shownItems()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(vm.visibleEvents().stream().map(Event::id).toList());
    }

    @Test
    void whenReportedAFilterChangeShowsTheReportsOfTheVisibleEventsOnlyAndBackWhenItHappenedTheFilteredEvents() {
        vm.timeModeProperty().set(TimeMode.REPORTED);
        int reports = vm.timelineContent().items().size();
        vm.filterProperty().set(vm.filter().withContestedOnly(true));
        TimelineContent c = vm.timelineContent();
        Set<String> visible = vm.visibleEvents().stream().map(Event::id).collect(Collectors.toSet());
        assertThat(visible).hasSizeLessThan(seeds.events().size()).isNotEmpty();
        assertThat(c.shown()).as("reports are made for the visible events: all of them are shown").isNull();
        assertThat(c.items()).hasSizeLessThan(reports).isNotEmpty()
                .allSatisfy(it -> assertThat(visible).contains(c.links().selectionOf(it.id())));
        assertThat(visible).allSatisfy(id -> assertThat(c.links().reportsOf(id)).as(id).isNotEmpty());

        vm.timeModeProperty().set(TimeMode.HAPPENED);
        TimelineContent events = vm.timelineContent();
        assertThat(events.items()).isSameAs(vm.index().timelineItems());
        assertThat(events.links()).isSameAs(ReportLinks.NONE);
        assertThat(events.shownItems()).extracting(TimelineItem::id)
                .containsExactlyElementsOf(vm.visibleEvents().stream().map(Event::id).toList());
    }

    @Test
    void reportsInArticlesWithoutAPublicationTimeAreLeftOffTheAxisAndCounted() {
        Document undated = seeds.documents().get(0);
        List<Document> docs = seeds.documents().stream().map(d -> d == undated
                ? d.withPublished(Published.unknown("no date in the text")) : d).toList();
        vm.setModel(new EventModel(seeds.generator(), docs, seeds.actors(), seeds.places(), seeds.events(),
                seeds.problems()));
        vm.timeModeProperty().set(TimeMode.REPORTED);
        TimelineContent c = vm.timelineContent();
        long expected = seeds.events().stream().mapToLong(e -> ReportChronology.of(e, vm.index()).reports().stream()
                .filter(r -> r.document().equals(undated.id())).count()).sum();
        assertThat(expected).isPositive();
        assertThat(c.undated()).isEqualTo(expected);
        assertThat(c.items()).noneMatch(it -> c.report(it.id()).document().equals(undated.id()));
    }

    @Test
    void theSelectedEventsChronologyFollowsTheFilter() {
        vm.select(night().id());
        ReportChronology all = vm.chronology();
        assertThat(all.entries()).extracting(ReportChronology.Entry::party).contains("ARM", "AZE");
        vm.setShown(vm.actorEntries().stream().filter(e -> e.party() && e.key().equals("AZE")).findFirst()
                .orElseThrow(), false);
        vm.select(night().id());
        assertThat(vm.chronology().entries()).extracting(ReportChronology.Entry::party).doesNotContain("AZE");
    }
}
