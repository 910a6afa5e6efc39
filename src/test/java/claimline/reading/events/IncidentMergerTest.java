package claimline.reading.events;

import claimline.reading.actors.Gazetteer;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge (reading guide, section 2) on mentions written for the test: what joins, what stays apart. */
class IncidentMergerTest {
    private static final String TEXT = "x".repeat(10_000);
    private static final LocalDate DAY = LocalDate.of(2025, 7, 24);

    private static Mention mention(String doc, int order, EventType type, LocalTime at, String claimant,
                                   Set<String> parties, Source supports) {
        EventTime time = at == null ? new EventTime(TimePoint.day(DAY), null, TimeBasis.STATED, "")
                : new EventTime(TimePoint.clock(DAY, at, ZoneOffset.ofHours(7), claimline.model.Precision.MINUTE), null,
                TimeBasis.STATED, "");
        return new Mention(doc, order, new Source(doc, order * 10, order * 10 + 5), TEXT, type, time, true, claimant,
                Stance.ASSERTS, List.of(), parties, Set.of(), List.of(), null, false, supports, List.of(), null);
    }

    private static List<List<Mention>> merge(Mention... ms) {
        return new IncidentMerger(Gazetteer.get()).merge(List.of(ms));
    }

    @Test
    void reportsOfOneClashByTwoOutletsAreOneIncident() {
        Mention a = mention("a", 1, EventType.ARMED_CLASH, LocalTime.of(6, 10), null, Set.of("THA", "KHM"), null);
        Mention b = mention("b", 3, EventType.ATTACK, LocalTime.of(7, 0), null, Set.of("KHM"), null);
        assertThat(merge(a, b)).hasSize(1);
    }

    @Test
    void otherKindsOrOtherSidesOnTheSameDayStayApart() {
        Mention clash = mention("a", 1, EventType.ARMED_CLASH, LocalTime.of(6, 10), null, Set.of("THA", "KHM"), null);
        Mention talks = mention("b", 1, EventType.DIPLOMACY, LocalTime.of(6, 10), null, Set.of("THA", "KHM"), null);
        Mention elsewhere = mention("c", 1, EventType.ARMED_CLASH, LocalTime.of(6, 20), null, Set.of("KGZ", "TJK"), null);
        assertThat(merge(clash, talks, elsewhere)).hasSize(3);
    }

    @Test
    void aReplyJoinsTheReportItAnswersAndASpeakersNextSentenceGoesOn() {
        Mention report = mention("a", 1, EventType.ATTACK, LocalTime.of(6, 10), "tha-army", Set.of("KHM"), null);
        Mention more = mention("a", 2, EventType.CASUALTIES, null, "tha-army", Set.of(), null);
        Mention denial = mention("b", 4, EventType.STATEMENT, null, "khm-mod", Set.of(), report.source());
        List<List<Mention>> incidents = merge(report, more, denial);
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0)).containsExactlyInAnyOrder(report, more, denial);
    }

    @Test
    void aThousandReportsOfOneHappeningAmongManyOthersStayOneIncident() {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ms.add(mention("d" + i, 1, EventType.ARMED_CLASH, LocalTime.of(6, i % 60), null, Set.of("THA", "KHM"), null));
            ms.add(mention("d" + i, 5, EventType.ATTACK, LocalTime.of(9, 0), null, Set.of("P" + i), null));
        }
        List<List<Mention>> incidents = new IncidentMerger(Gazetteer.get()).merge(ms);
        assertThat(incidents).hasSize(1001);
        assertThat(incidents.stream().mapToInt(List::size).max().orElse(0)).isEqualTo(1000);
    }

    private static Mention coarse(String doc, int order, EventType type, EventTime time, String claimant,
                                  Set<String> parties) {
        return new Mention(doc, order, new Source(doc, order * 10, order * 10 + 5), TEXT, type, time, true, claimant,
                Stance.ASSERTS, List.of(), parties, Set.of(), List.of(), null, false, null, List.of(), null);
    }

    private static EventTime monthOf(LocalDate d) {
        return new EventTime(TimePoint.month(d.getYear(), d.getMonthValue()), null, TimeBasis.RELATIVE, "");
    }

    private static EventTime dayAt(LocalDate d, int hour) {
        return new EventTime(TimePoint.clock(d, LocalTime.of(hour, 0), ZoneOffset.ofHours(-5),
                claimline.model.Precision.MINUTE), null, TimeBasis.STATED, "");
    }

    @Test
    void aCoarseReportJoinsTheFightItsArticleDatesAndTheFirstOfSeveral() {
        // "fighting broke out this week" with the article's own "on Monday" and "on Tuesday" clashes: one fight
        // begun on Monday, not a third event at the month
        Mention monday = mention("a", 2, EventType.ARMED_CLASH, LocalTime.of(5, 0), "per-army", Set.of("PER", "ECU"), null);
        Mention tuesday = coarse("a", 4, EventType.ATTACK, dayAt(DAY.plusDays(1), 9), "per-army", Set.of("PER", "ECU"));
        Mention thisWeek = coarse("a", 1, EventType.ARMED_CLASH, monthOf(DAY), "ecu-mod", Set.of("PER", "ECU"));
        List<List<Mention>> incidents = merge(thisWeek, tuesday, monday);
        assertThat(incidents).hasSize(2);
        assertThat(incidents).anySatisfy(i -> assertThat(i).containsExactlyInAnyOrder(monday, thisWeek));
        // another article's month report is not dated by this one, nor is history or a statement joined
        Mention elsewhere = coarse("b", 1, EventType.ARMED_CLASH, monthOf(DAY), "ecu-mod", Set.of("PER", "ECU"));
        Mention said = coarse("a", 6, EventType.STATEMENT, monthOf(DAY), "ecu-mod", Set.of("PER", "ECU"));
        assertThat(merge(monday, elsewhere, said)).hasSize(3);
    }

    @Test
    void oneTruceDatedADayApartIsOneEventButNotTwoDaysApart() {
        // "agreed on Monday morning" and "from 9:00 on Tuesday": sources disagreeing on one ceasefire's day
        Mention monday = coarse("a", 1, EventType.CEASEFIRE, dayAt(DAY, 8), "ecu-media", Set.of("PER", "ECU"));
        Mention tuesday = coarse("b", 1, EventType.CEASEFIRE, dayAt(DAY.plusDays(1), 9), "bra", Set.of("PER", "ECU"));
        assertThat(merge(monday, tuesday)).hasSize(1);
        Mention later = coarse("c", 1, EventType.CEASEFIRE, dayAt(DAY.plusDays(3), 9), "bra", Set.of("PER", "ECU"));
        assertThat(merge(monday, later)).hasSize(2);
    }

    @Test
    void aReportDatedOnlyByItsArticleGoesWithTheMonthItsArticleTellsTheFightIn() {
        // "this week, Quito said Peruvian troops killed seven soldiers" ... "Peru denied responsibility for the deaths"
        Mention thisWeek = coarse("a", 3, EventType.CASUALTIES, monthOf(DAY), "ecu", Set.of("PER", "ECU"));
        EventTime articleDay = new EventTime(TimePoint.day(DAY), null, TimeBasis.DOCUMENT, "");
        Mention denial = new Mention("a", 7, new Source("a", 70, 75), TEXT, EventType.ARMED_CLASH, articleDay, false,
                "per-mfa", Stance.DENIES, List.of(), Set.of("PER", "ECU"), Set.of(), List.of(), null, false, null,
                List.of(), null);
        assertThat(merge(thisWeek, denial)).hasSize(1);
        // another article's undated report is not told by this one's month
        Mention elsewhere = new Mention("b", 7, new Source("b", 70, 75), TEXT, EventType.ARMED_CLASH, articleDay, false,
                "per-mfa", Stance.DENIES, List.of(), Set.of("PER", "ECU"), Set.of(), List.of(), null, false, null,
                List.of(), null);
        assertThat(merge(thisWeek, elsewhere)).hasSize(2);
    }
}
