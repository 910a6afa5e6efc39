package claimline.reading.time;

import static claimline.reading.OneArticle.read;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Document;
import claimline.model.PublishedBasis;
import claimline.reading.DocumentReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages stamp their articles in many ways: after a section's label, with the weekday between the date and the clock,
 * with a counter glued to the lead, or with a year of two digits. A stamp states the publication, is not article text,
 * and its clock time dates nothing the article reports. Articles written for the test (Peru and Ecuador).
 */
class PageStampTest {


    @Test
    void aStampsWeekdayTellsWhetherItsFiguresAreDayOrMonthFirst() {
        // 8 November 2011 was a Tuesday, 11 August 2011 a Thursday
        String text = "ID :\n200564\nThu, 08/11/2011 - 06:39\n\nTogo and Ghana trade blame over border fire\n\n"
                + "ACCRA, Aug. 11 - Ghana's army said on Wednesday Togolese troops fired on a post near Aflao.\n";
        assertThat(read(text).document().published().date()).hasToString("2011-08-11");
    }

    @Test
    void aDateAloneOnTheLineUnderTheHeadlineIsTheStamp() {
        String text = "Ghana Says Togolese Patrol Entered Its Waters\nMarch 2, 2025\n\n"
                + "Ghana's president said on Saturday that a Togolese patrol boat entered Ghanaian waters near Aflao.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().published().date()).hasToString("2025-03-02");
        assertThat(r.document().published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-03-01"));
    }

    @Test
    void anIndonesianPageStampedInEnglishStatesItsDay() {
        // a caption credited to its agency in brackets, a byline stamped with an English month, then the lead
        String text = "Pos perbatasan Aflao tampak sepi setelah bentrokan. (Anadolu Agency)\n"
                + "Ana Mensah • 28 January 2025 15:10\n"
                + "Aflao: Setidaknya lima orang tewas dalam bentrokan antara pasukan Togo dan Ghana sejak Senin kemarin.\n";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().published().date()).hasToString("2025-01-28");
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text))
                .contains("Pos perbatasan Aflao tampak sepi setelah bentrokan. (Anadolu Agency)");
        assertThat(r.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-01-27"));
    }

    @Test
    void aStampAfterASectionLabelGluedToTheLeadStatesTheDayAndItsClockDatesNothing() {
        String text = "Peru and Ecuador trade blame over border fire\n"
                + "Americas | March 4, 2025, Tuesday // 09:40| viewsPeru's defence ministry said Ecuadorian troops "
                + "fired on a Peruvian patrol near the town of Zarumilla on Monday, wounding two soldiers.\n"
                + "Ecuador's army denied firing at Peruvian territory.";
        DocumentReader.Reading r = read(text);
        Document d = r.document();
        assertThat(d.published().date()).hasToString("2025-03-04");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.boilerplate()).extracting(s -> s.of(text))
                .contains("Americas | March 4, 2025, Tuesday // 09:40| views");
        // the fire was on Monday, not at the stamp's 09:40, and no passage begins in the stamp
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.time().start().date()).hasToString("2025-03-03");
            assertThat(m.time().start().iso()).doesNotContain("09:40");
            assertThat(m.text()).doesNotContain("views");
        });
    }

    @Test
    void aStampLineWithATwoDigitYearStatesTheDayWhicheverWayItsNumbersAreRead() {
        String lead = "\n\nPeru and Ecuador trade blame over border fire\n\n"
                + "Peru's defence ministry said on Monday that Ecuadorian troops fired on a Peruvian patrol near the "
                + "town of Zarumilla, wounding two soldiers.";
        Document older = read("Home Page\nnews 27 Jul 11" + lead).document();
        assertThat(older.published().date()).hasToString("2011-07-27");
        assertThat(older.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(older.boilerplate()).extracting(s -> s.of(older.text())).contains("news 27 Jul 11");
        // "Jul 25" reads as a month's day: the day before it says it is the stamp's year
        assertThat(read("news 7 Jul 25" + lead).document().published().date()).hasToString("2025-07-07");
        // a year of two digits is never later than the last year an article may be from
        assertThat(read("news 7 Jul 97" + lead).document().published().date()).hasToString("1997-07-07");
    }

    @Test
    void aNumberAfterADateInASentenceIsNoYear() {
        Document d = read("Peru says Ecuadorian troops fired on a patrol\n\n"
                + "Peru said that on 27 Jul 11 soldiers were wounded when Ecuadorian troops fired on a patrol.")
                .document();
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.UNKNOWN);
    }

    @Test
    void anAgencysFilePhotoCaptionAndALoadingWidgetAreNotArticleText() {
        String text = "Peru says Ecuadorian troops fired on a patrol\n"
                + "loading...\n"
                + "LIMA, March 4, 2025 (Border Monitor) - Peru's defence ministry said on Monday that Ecuadorian "
                + "troops fired on a Peruvian patrol near the town of Zarumilla.\n"
                + "FILE - Peruvian soldiers patrol the border near Zarumilla, Peru, on Jan. 5, 2019.\n"
                + "Ecuador's army denied firing at Peruvian territory.";
        DocumentReader.Reading r = read(text);
        assertThat(r.document().boilerplate()).extracting(s -> s.of(text)).contains("loading...",
                "FILE - Peruvian soldiers patrol the border near Zarumilla, Peru, on Jan. 5, 2019.");
        assertThat(r.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.text()).doesNotContain("loading", "FILE");
            assertThat(m.time().start().date().getYear()).isEqualTo(2025);
        });
    }

    @Test
    void aLineThatSaysItIsTheStampStatesTheDayWithoutAClockOrAWeekday() {
        String en = "\n\nPeru says Ecuadorian troops fired on a patrol\n\nLIMA: Peru's defence ministry said on Tuesday "
                + "that Ecuadorian troops fired on a Peruvian patrol near the town of Zarumilla.";
        String id = "\n\nPeru tuduh Ekuador tembaki patroli\n\nLIMA - Kementerian Pertahanan Peru mengatakan pada Selasa "
                + "bahwa tentara Ekuador menembaki patroli Peru di dekat kota Zarumilla.";
        for (String text : List.of("This Article is From Apr 24, 2025" + en, "Published: 24 April 2025" + en,
                "Diterbitkan 24 April 2025" + id)) {
            Document d = read(text).document();
            assertThat(d.published().date()).as(text).hasToString("2025-04-24");
            assertThat(d.published().basis()).as(text).isEqualTo(PublishedBasis.STATED);
        }
    }
}
