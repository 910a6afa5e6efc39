package claimline.reading.time;

import claimline.reading.language.Languages;
import claimline.reading.actors.Gazetteer;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventTime;
import claimline.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for the rules of the reading guide, section 4; Indonesian and English, other conflicts. */
class TimeFinderTest {
    private static EventTime resolve(String lang, String text, LocalDate published) {
        TimeFinder f = TimeFinder.of(Languages.get(lang));
        List<TimeMention> ms = f.find(text, new Span(0, text.length()));
        TimeResolver.Context ctx = new TimeResolver.Context(published, published.getYear(), null, null);
        return TimeResolver.resolve(text, ms, ctx, null, false).time();
    }

    @Test
    void clockWithGmtGivesTheOffset() {
        EventTime t = resolve("id", "Pasukan Kirgizstan menembaki pos perbatasan pada pukul 06:10 (00:10 GMT) pada hari Rabu.",
                LocalDate.of(2022, 9, 15));
        assertThat(t.start().iso()).isEqualTo("2022-09-14T06:10+06:00");
        assertThat(t.basis().json()).isEqualTo("relative");
        assertThat(t.evidence()).isEqualTo("pukul 06:10 (00:10 GMT) pada hari Rabu");
    }

    @Test
    void aMonthBetweenAnArticleAndItsNounDatesTheNoun() {
        // "a January raid" is last January's; "a march on the capital" is no month
        EventTime raid = resolve("en", "Rebels from Togo staged a January raid on a Ghanaian border post.",
                LocalDate.of(2025, 3, 4));
        assertThat(raid).isNotNull();
        assertThat(raid.start().iso()).isEqualTo("2025-01");
        String march = "Protesters in Lome began a march on the border post.";
        assertThat(TimeFinder.of(Languages.get("en")).find(march, new Span(0, march.length()))).isEmpty();
    }

    @Test
    void aCapitalisedMingguInTheSentenceIsSundayNotAWeek() {
        // "pada Minggu kemarin" is last Sunday; "minggu lalu" (lower case) is last week
        assertThat(resolve("id", "Tentara Peru menembaki pos Ekuador pada Minggu kemarin.", LocalDate.of(2025, 3, 4))
                .start().iso()).isEqualTo("2025-03-02");
        assertThat(resolve("id", "Tentara Peru menembaki pos Ekuador minggu lalu.", LocalDate.of(2025, 3, 4))
                .precision().json()).isNotEqualTo("day");
    }

    @Test
    void aDateWrittenWithHyphensIsAFullDate() {
        // a page's stamp: day first ("17-01-2024") or ISO ("2024-01-17"); a range of years stays a range
        assertThat(resolve("en", "Peruvian troops shelled a post on 04-03-2025.", LocalDate.of(2025, 3, 5)).start().iso())
                .isEqualTo("2025-03-04");
        assertThat(resolve("en", "Peruvian troops shelled a post on 2025-03-04.", LocalDate.of(2025, 3, 5)).start().iso())
                .isEqualTo("2025-03-04");
        assertThat(resolve("en", "Their 1950-53 war ended in an armistice.", LocalDate.of(2025, 3, 5)).precision().json())
                .isEqualTo("year");
    }

    @Test
    void namedZoneAndDayMonth() {
        EventTime t = resolve("id", "Gencatan senjata berlaku mulai pukul 12.00 waktu Moskow pada 28 Juli.", LocalDate.of(2025, 7, 29));
        assertThat(t.start().iso()).isEqualTo("2025-07-28T12:00+03:00");
    }

    @Test
    void weekdayWithBracketDateAndPartOfDay() {
        EventTime t = resolve("id", "Bentrokan pecah di dekat kuil Preah Vihear pada Kamis (24/7) pagi.", LocalDate.of(2025, 7, 25));
        assertThat(t.start().iso()).isEqualTo("2025-07-24T08:00+00:00");
        assertThat(t.precision().json()).isEqualTo("part_of_day");
    }

    @Test
    void relativeWordsResolveAgainstPublication() {
        assertThat(resolve("id", "Pakistan mengecam serangan itu kemarin.", LocalDate.of(2025, 5, 8)).start().iso()).isEqualTo("2025-05-07");
        assertThat(resolve("id", "Ketegangan meningkat sejak Mei.", LocalDate.of(2021, 11, 16)).start().iso()).isEqualTo("2021-05");
        assertThat(resolve("id", "Perjanjian damai ditandatangani November lalu.", LocalDate.of(2021, 11, 16)).start().iso()).isEqualTo("2020-11");
        assertThat(resolve("id", "Perang itu terjadi tahun lalu.", LocalDate.of(2021, 11, 16)).start().iso()).isEqualTo("2020");
    }

    @Test
    void aListOfDaysNamesEachDay() {
        // "on 3, 9 and 10 October": three days, each with the month (and the year) the list ends with
        String id = "Pasukan Peru menembaki pos Ekuador pada 3, 9, dan 10 Oktober 2025.";
        assertThat(TimeFinder.of(Languages.get("id")).find(id, new Span(0, id.length())))
                .filteredOn(TimeMention::isDate).extracting(t -> t.year() + "-" + t.month() + "-" + t.day())
                .containsExactly("2025-10-3", "2025-10-9", "2025-10-10");
        String en = "Peruvian troops fired on Ecuadorian posts on October 3, 9 and 10, 2025.";
        assertThat(TimeFinder.of(Languages.get("en")).find(en, new Span(0, en.length())))
                .filteredOn(TimeMention::isDate).extracting(t -> t.year() + "-" + t.month() + "-" + t.day())
                .containsExactly("2025-10-3", "2025-10-9", "2025-10-10");
        // a count after a date is no day of it
        String count = "On October 3, 9 soldiers and 10 civilians were hurt.";
        assertThat(TimeFinder.of(Languages.get("en")).find(count, new Span(0, count.length())))
                .filteredOn(TimeMention::isDate).hasSize(1);
    }

    @Test
    void aWeekNamesItsMonthNotADay() {
        // "earlier this week" says no day: the week's month (guide 4: an undated event is not given a day)
        EventTime id = resolve("id", "Pada awal pekan ini, Lima menuduh pasukan Ekuador menembaki pos perbatasan.",
                LocalDate.of(2025, 10, 16));
        assertThat(id.start().iso()).isEqualTo("2025-10");
        assertThat(id.precision().json()).isEqualTo("month");
        assertThat(resolve("en", "Peru said Ecuadorian troops shelled its posts last week.", LocalDate.of(2025, 10, 16))
                .start().iso()).isEqualTo("2025-10");
        // a week across two months is dated to the month that holds most of its days
        assertThat(resolve("en", "Peru said Ecuadorian troops shelled its posts last week.", LocalDate.of(2025, 10, 8))
                .start().iso()).isEqualTo("2025-10");
        assertThat(resolve("en", "Peru said Ecuadorian troops shelled its posts last week.", LocalDate.of(2025, 11, 5))
                .start().iso()).isEqualTo("2025-10");
        // a weekday of that week still names its day
        assertThat(resolve("id", "Pos itu ditembaki pada Senin pekan lalu.", LocalDate.of(2025, 10, 16)).start().iso())
                .isEqualTo("2025-10-06");
    }

    @Test
    void aCountOfDaysAgoIsADayBeforePublication() {
        LocalDate pub = LocalDate.of(2025, 10, 16);
        assertThat(resolve("id", "Pasukan Ekuador menembaki pos Peru tiga hari lalu.", pub).start().iso()).isEqualTo("2025-10-13");
        assertThat(resolve("id", "Bentrokan terjadi dua hari yang lalu di Zarumilla.", pub).start().iso()).isEqualTo("2025-10-14");
        assertThat(resolve("en", "Ecuadorian troops shelled the post two days ago.", pub).start().iso()).isEqualTo("2025-10-14");
        // without a count there is no day: "on the last day of talks"
        assertThat(resolve("en", "They met on the last day of talks.", pub)).isNull();
    }

    @Test
    void english() {
        assertThat(resolve("en", "India said Pakistani troops fired at 11:30 p.m. local time on Monday.", LocalDate.of(2025, 5, 7))
                .start().iso()).isEqualTo("2025-05-05T23:30+00:00");
        assertThat(resolve("en", "The ceasefire was agreed on May 10, 2025.", LocalDate.of(2025, 5, 12)).start().iso()).isEqualTo("2025-05-10");
        assertThat(resolve("en", "Both sides fought a war last year.", LocalDate.of(2021, 3, 1)).start().iso()).isEqualTo("2020");
    }

    @Test
    void numbersAreNotTimes() {
        assertThat(resolve("id", "Lebih dari 6.600 orang tewas dan 12.000 mengungsi.", LocalDate.of(2021, 1, 1))).isNull();
    }

    @Test
    void everyTimeOfALongSentenceIsFoundWhereverItStands() {
        // Rules are tried only near the words and digits they need: times far apart, and several of one rule, must
        // all still be found, and a gate word that opens no time ("may" as a verb) must not hide a later one.
        String filler = " dan pasukan kedua pihak terus saling menembak di sepanjang garis perbatasan".repeat(6);
        String text = "Serangan dimulai Senin pagi" + filler + ", berlanjut pukul 09.00" + filler
                + ", lalu pukul 21.30 pada 14 September 2022" + filler + " hingga Selasa (15/9) malam.";
        List<TimeMention> ms = TimeFinder.of(Languages.get("id")).find(text, new Span(0, text.length()));
        assertThat(ms).extracting(TimeMention::text).containsExactly("Senin pagi", "pukul 09.00", "pukul 21.30",
                "14 September 2022", "Selasa (15/9)", "malam");
        String en = "Officials may meet on Monday" + filler + " and troops fired at 09:30 and again at 23:15 on May 3.";
        assertThat(TimeFinder.of(Languages.get("en")).find(en, new Span(0, en.length())))
                .extracting(TimeMention::text).containsExactly("on Monday", "at 09:30", "at 23:15", "May 3");
    }

    @Test
    void twoDatesJoinedByAndAreTwoDatesNotADayListedBeforeTheSecond() {
        String text = "similar shelling took place on March 19 and May 23 and caused casualties";
        List<TimeMention> ts = TimeFinder.of(Languages.get("en")).find(text, new Span(0, text.length()));
        assertThat(ts).extracting(TimeMention::month, TimeMention::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 19), org.assertj.core.groups.Tuple.tuple(5, 23));
    }
}
