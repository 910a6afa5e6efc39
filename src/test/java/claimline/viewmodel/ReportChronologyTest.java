package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import claimline.viewmodel.ReportChronology.Change;
import claimline.viewmodel.ReportChronology.Entry;
import claimline.viewmodel.ReportChronology.Lag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When each party's version of a happening appeared and how it changed, from the articles' publication times. */
class ReportChronologyTest {
    static final ZoneOffset CAUCASUS = ZoneOffset.ofHours(4);
    static final LocalDate SEP13 = LocalDate.of(2022, 9, 13);
    /** The shelling at 00:05 local time on 13 September 2022. */
    static final EventTime NIGHT = new EventTime(TimePoint.clock(SEP13, LocalTime.of(0, 5), CAUCASUS,
            Precision.MINUTE), null, TimeBasis.STATED, "pukul 00:05");

    /** A small corpus: each article is a document with its publication, each claim cites one of them. */
    static final class Corpus {
        final List<Document> documents = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Actor> actors = List.of(
                new Actor("arm", "Armenia", ActorType.STATE, "ARM", null, List.of()),
                new Actor("arm-mod", "Ministry of Defence of Armenia", ActorType.INSTITUTION, null, "arm", List.of()),
                new Actor("aze", "Azerbaijan", ActorType.STATE, "AZE", null, List.of()),
                new Actor("aze-mod", "Ministry of Defence of Azerbaijan", ActorType.INSTITUTION, null, "aze", List.of()),
                new Actor("media-kompas", "KOMPAS.com", ActorType.MEDIA, null, null, List.of()));

        /** An article published at a moment its page gives. */
        Corpus article(String id, OffsetDateTime published) {
            return article(id, new Published(published.toLocalDate(), PublishedBasis.METADATA,
                    "article:published_time", published));
        }

        /** An article published on a day the text states. */
        Corpus article(String id, LocalDate day) {
            return article(id, new Published(day, PublishedBasis.STATED, "Selasa (13/9/2022)"));
        }

        Corpus article(String id, Published published) {
            documents.add(new Document(id, id + ".txt", id, "Outlet " + id, "id", published, "x".repeat(200),
                    List.of()));
            return this;
        }

        Corpus says(String claimant, Stance stance, String document, Map<Fact, String> facts) {
            int at = claims.size() * 10;
            claims.add(new Claim(claimant, stance, "said", List.of(new Source(document, at, at + 5)), facts));
            return this;
        }

        Corpus says(String claimant, Stance stance, String document) {
            return says(claimant, stance, document, Map.of());
        }

        Event event() {
            return new Event("ev-night", EventType.ARMED_CLASH, "Shelling near Goris", NIGHT, false, List.of("arm", "aze"),
                    List.of(), claims, List.of());
        }

        ModelIndex index() {
            return new ModelIndex(new EventModel("test", documents, actors, List.of(), List.of(event()), List.of()));
        }

        ReportChronology chronology() {
            ModelIndex index = index();
            return ReportChronology.of(index.model().events().get(0), index);
        }
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return OffsetDateTime.of(2022, 9, day, hour, minute, 0, 0, CAUCASUS);
    }

    private static TimePoint minute(int day, int hour, int minute) {
        return TimePoint.clock(LocalDate.of(2022, 9, day), LocalTime.of(hour, minute), CAUCASUS, Precision.MINUTE);
    }

    @Test
    void eachPartyFirstReportsAtItsArticlesPublicationTimeAndTheFirstReportComesHoursAfterTheHappening() {
        ReportChronology c = new Corpus()
                .article("armenpress", at(13, 2, 10)).article("apa", at(13, 9, 30)).article("late", at(14, 8, 0))
                .says("arm-mod", Stance.ASSERTS, "armenpress").says("arm", Stance.ASSERTS, "late")
                .says("aze-mod", Stance.ASSERTS, "apa").chronology();
        assertThat(c.entries()).containsExactly(
                new Entry(Change.FIRST, "ARM", minute(13, 2, 10), false, null, null),
                new Entry(Change.FIRST, "AZE", minute(13, 9, 30), false, null, null));
        // 00:05 to 02:10 is two hours and five minutes: said in whole hours
        assertThat(c.firstReported()).isEqualTo(new Lag(ChronoUnit.HOURS, 2));
        assertThat(c.undated()).isZero();
        assertThat(c.reports()).extracting(ReportChronology.Report::document)
                .containsExactly("armenpress", "apa", "late");
    }

    @Test
    void aPartyWhoseFirstReportDeniesIsShownDenyingAndADenialADayLaterIsAChangeOfItsOwn() {
        ReportChronology c = new Corpus()
                .article("armenpress", at(13, 2, 10)).article("apa", at(13, 9, 30)).article("next", at(14, 11, 0))
                .says("arm-mod", Stance.ASSERTS, "armenpress").says("aze-mod", Stance.DENIES, "apa")
                .says("arm", Stance.ASSERTS, "next").chronology();
        assertThat(c.entries()).extracting(Entry::party, Entry::change, Entry::denies).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ARM", Change.FIRST, false),
                org.assertj.core.groups.Tuple.tuple("AZE", Change.FIRST, true));

        ReportChronology later = new Corpus()
                .article("armenpress", at(13, 2, 10)).article("apa", at(13, 9, 30)).article("apa2", at(14, 9, 45))
                .article("apa3", at(15, 10, 0))
                .says("arm-mod", Stance.ASSERTS, "armenpress").says("aze-mod", Stance.ASSERTS, "apa")
                .says("aze-mod", Stance.DENIES, "apa2").says("aze", Stance.DENIES, "apa3").chronology();
        assertThat(later.entriesOf("AZE")).containsExactly(
                new Entry(Change.FIRST, "AZE", minute(13, 9, 30), false, null, null),
                new Entry(Change.DENIES, "AZE", minute(14, 9, 45), true, null, null));
    }

    @Test
    void aPartyThatDeniedAndThenAssertsAgainIsAChangeButRepeatingItselfIsNot() {
        ReportChronology c = new Corpus()
                .article("a", at(13, 9, 0)).article("b", at(14, 9, 0)).article("c", at(15, 9, 0))
                .article("d", at(16, 9, 0))
                .says("aze", Stance.DENIES, "a").says("aze", Stance.DENIES, "b").says("aze-mod", Stance.ASSERTS, "c")
                .says("aze-mod", Stance.ASSERTS, "d").chronology();
        assertThat(c.entriesOf("AZE")).extracting(Entry::change, Entry::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.FIRST, minute(13, 9, 0)),
                org.assertj.core.groups.Tuple.tuple(Change.ASSERTS, minute(15, 9, 0)));
    }

    @Test
    void aRevisedTollIsAChangeWithTheFigureBeforeAndAfterAndTheSameFigureAgainIsNot() {
        ReportChronology c = new Corpus()
                .article("d1", LocalDate.of(2022, 9, 13)).article("d2", LocalDate.of(2022, 9, 14))
                .article("d3", LocalDate.of(2022, 9, 16))
                .says("arm-mod", Stance.ASSERTS, "d1", Map.of(Fact.CASUALTIES, "49 killed"))
                .says("arm-mod", Stance.ASSERTS, "d2", Map.of(Fact.CASUALTIES, "49 killed"))
                .says("arm", Stance.ASSERTS, "d3", Map.of(Fact.CASUALTIES, "105 killed")).chronology();
        assertThat(c.entriesOf("ARM")).containsExactly(
                new Entry(Change.FIRST, "ARM", TimePoint.day(SEP13), false, null, null),
                new Entry(Change.TOLL, "ARM", TimePoint.day(LocalDate.of(2022, 9, 16)), false, "49 killed",
                        "105 killed"));
        // a first report on the day of a happening at 00:05 is "the same day": the day is all the article gives
        assertThat(c.firstReported()).isEqualTo(new Lag(ChronoUnit.DAYS, 0));
    }

    @Test
    void reportsOfOnePartyAtOneTimeAreReadAsOneSinceTheirOrderWithinItIsUnknown() {
        ReportChronology c = new Corpus()
                .article("d1", SEP13).article("d2", SEP13).article("d3", SEP13)
                .says("aze-mod", Stance.ASSERTS, "d1").says("aze-mod", Stance.DENIES, "d2")
                .says("arm-mod", Stance.ASSERTS, "d3").chronology();
        assertThat(c.entries()).extracting(Entry::party, Entry::change, Entry::denies).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("AZE", Change.FIRST, true),
                org.assertj.core.groups.Tuple.tuple("ARM", Change.FIRST, false));
    }

    @Test
    void reportsWithoutAPublicationTimeAreNeverPlacedButCountedAndAPartyWithOnlySuchReportsSaysSo() {
        ReportChronology c = new Corpus()
                .article("dated", at(13, 7, 5)).article("nodate1", Published.unknown("no date in the text"))
                .article("nodate2", Published.unknown("no date in the text"))
                .says("arm-mod", Stance.ASSERTS, "nodate1").says("arm-mod", Stance.ASSERTS, "dated")
                .says("aze-mod", Stance.DENIES, "nodate2").says("aze", Stance.ASSERTS, "nodate1").chronology();
        // Armenia's word in the undated article, and Azerbaijan's in both: three reports off the axis
        assertThat(c.undated()).isEqualTo(3);
        assertThat(c.reports()).filteredOn(r -> !r.dated()).extracting(ReportChronology.Report::party)
                .containsExactlyInAnyOrder("ARM", "AZE", "AZE");
        assertThat(c.entries()).containsExactly(
                new Entry(Change.FIRST, "ARM", minute(13, 7, 5), false, null, null),
                new Entry(Change.UNDATED, "AZE", null, false, null, null));
        // the lag is from the first dated report: 00:05 to 07:05
        assertThat(c.firstReported()).isEqualTo(new Lag(ChronoUnit.HOURS, 7));

        ReportChronology none = new Corpus().article("nodate", Published.unknown("no date"))
                .says("arm-mod", Stance.ASSERTS, "nodate").chronology();
        assertThat(none.firstReported()).isNull();
        assertThat(none.undated()).isEqualTo(1);
    }

    @Test
    void anOutletsOwnNarrativeIsAReportForTheLagButNoPartysVersion() {
        ReportChronology c = new Corpus().article("kompas", at(13, 0, 40)).article("armenpress", at(13, 6, 0))
                .says("media-kompas", Stance.ASSERTS, "kompas").says("arm-mod", Stance.ASSERTS, "armenpress")
                .chronology();
        assertThat(c.firstReported()).isEqualTo(new Lag(ChronoUnit.MINUTES, 35));
        assertThat(c.entries()).extracting(Entry::party).containsExactly("ARM");
        assertThat(c.reportsOf(ModelIndex.NO_PARTY)).hasSize(1);
    }

    @Test
    void theLagIsCountedAtThePrecisionBothTimesShare() {
        TimePoint night = NIGHT.start();
        assertThat(ReportChronology.lag(night, minute(13, 0, 50))).isEqualTo(new Lag(ChronoUnit.MINUTES, 45));
        assertThat(ReportChronology.lag(night, minute(14, 23, 0))).isEqualTo(new Lag(ChronoUnit.HOURS, 46));
        assertThat(ReportChronology.lag(night, minute(16, 1, 0))).isEqualTo(new Lag(ChronoUnit.DAYS, 3));
        assertThat(ReportChronology.lag(night, TimePoint.day(SEP13.plusDays(1)))).isEqualTo(new Lag(ChronoUnit.DAYS, 1));
        // the happening's own local date counts: 00:05 at UTC+4 is still 12 September in UTC
        assertThat(ReportChronology.lag(night, TimePoint.day(SEP13))).isEqualTo(new Lag(ChronoUnit.DAYS, 0));
        assertThat(ReportChronology.lag(TimePoint.month(2020, 11), TimePoint.day(LocalDate.of(2021, 11, 16))))
                .isEqualTo(new Lag(ChronoUnit.MONTHS, 12));
        assertThat(ReportChronology.lag(TimePoint.year(1994), TimePoint.day(LocalDate.of(2021, 11, 16))))
                .isEqualTo(new Lag(ChronoUnit.YEARS, 27));
        Lag before = ReportChronology.lag(night, minute(12, 20, 0));
        assertThat(before.before()).isTrue();
        assertThat(before).isEqualTo(new Lag(ChronoUnit.HOURS, -4));
    }

    @Test
    void aPublicationTimeIsTheMomentAPageGivesElseItsDayElseNone() {
        assertThat(ReportChronology.publicationTime(new Published(SEP13, PublishedBasis.METADATA, "meta",
                at(13, 15, 20)))).isEqualTo(minute(13, 15, 20));
        assertThat(ReportChronology.publicationTime(new Published(SEP13, PublishedBasis.INFERRED, "weekday")))
                .isEqualTo(TimePoint.day(SEP13));
        assertThat(ReportChronology.publicationTime(Published.unknown("nothing"))).isNull();
    }
}
