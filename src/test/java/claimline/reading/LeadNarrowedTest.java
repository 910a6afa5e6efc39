package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead that tells a happening "this week" or "this month" is dated by the day the article then gives it ("… killed
 * this week in an attack … denied responsibility for the assault Monday"), as one happening has one time (reading
 * guide 2 and 4). A day outside the lead's week leaves the lead as it is. Also: a dateline right after the page's
 * metadata is a dateline, and its city names no side; a page's widgets between the headline and the lead are no
 * sentences that keep the headline from the day the lead gives. Peru and Ecuador, which the gazetteer has no entry for.
 */
class LeadNarrowedTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    @Test
    void aLeadToldThisWeekTakesTheDayTheArticleThenGives() {
        List<Mention> ms = read(" date 2025-05-17 LIMA (AP) - At least 12 villagers may have been killed this week in "
                + "an artillery and drone attack near the town of Zarumilla.\n\n"
                + "Ecuador's army denied responsibility for the assault Monday on villagers trying to flee.\n");
        assertThat(ms).filteredOn(m -> m.type() == EventType.ATTACK).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-12"));
        // LIMA is where the story was filed: Peru is no side of the attack for it
        assertThat(ms.get(0).parties()).doesNotContain("PER");
    }

    @Test
    void aHappeningMonthsBeforeTheLeadWasToldIsNotTheLeadsNews() {
        List<Mention> ms = read("LIMA, March 16, 2025 - Peru said on Thursday it attacked three camps of Ecuadorian "
                + "rebels.\n"
                + "Lima has accused Ecuador of backing rebels who staged a raid in January near Zarumilla.\n");
        assertThat(ms.get(0).time().start().iso()).isEqualTo("2025-03-13");
    }

    @Test
    void aDayOutsideTheLeadsMonthLeavesTheLeadAtItsMonth() {
        List<Mention> ms = read(" date 2025-05-17 LIMA (AP) - At least 12 villagers were killed in May in an artillery "
                + "attack near the town of Zarumilla, Peru's army said.\n\n"
                + "Ecuador's army denied responsibility for the assault on April 28 on villagers trying to flee.\n");
        assertThat(ms.get(0).time().start().iso()).isEqualTo("2025-05");
    }

    @Test
    void aPagesWidgetsBetweenTheHeadlineAndTheLeadDoNotKeepTheHeadlineFromTheLeadsDay() {
        StringBuilder widgets = new StringBuilder();
        for (String w : new String[] {"·", "comment", "0", "share-whatsapp", "copy-link", "more-vertical", "zoom-in",
                "ADVERTISEMENT", "Follow", "share-facebook", "bookmark"}) {
            widgets.append(w).append('\n');
        }
        List<Mention> ms = read("Pesawat Tempur Peru Ditembak Tentara Ekuador\n\n17 Mei 2025 9:55 WIB\n" + widgets
                + "Tentara Ekuador menembaki sebuah jet tempur Peru di dekat kota Zarumilla, Selasa (13/5).\n");
        assertThat(ms).filteredOn(m -> m.type() == EventType.ATTACK).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-13"));
    }

    @Test
    void aLeadIsNotDatedByAnotherHappeningOfItsKindToldAfterIt() {
        List<Mention> ms = read(" date 2025-06-13 Peru's defence ministry on Friday said Ecuador's army fired two rockets "
                + "into its territory near Zarumilla.\n\n"
                + "The charge came after Quito accused Peru on Wednesday of deploying troops on its soil.\n\n"
                + "The statement said similar shelling by Ecuadorian forces took place on March 19 and May 23.\n");
        assertThat(ms.get(0).type()).isEqualTo(EventType.ATTACK);
        assertThat(ms.get(0).time().start().iso()).doesNotStartWith("2025-03").doesNotStartWith("2025-05");
    }

    @Test
    void anAssaultAnAmbushAndAnAirstrikeAreAttacks() {
        for (String act : List.of("an assault on", "an ambush of", "an airstrike on")) {
            String text = "LIMA, May 17, 2025 - Peru's army said Ecuadorian troops carried out " + act
                    + " a Peruvian border post near Zarumilla on Friday.\n";
            assertThat(read(text)).as(act).extracting(Mention::type).contains(EventType.ATTACK);
        }
    }
}
