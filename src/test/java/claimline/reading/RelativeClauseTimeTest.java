package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time in a relative clause dates what that clause is about (reading guide 4): the truce a violation breaks ("…
 * the truce, which began in March") keeps its month to itself; a clause about the happening itself ("the strike,
 * which hit the market on Tuesday") dates the happening. Peru–Ecuador, which the gazetteer has no entry for.
 */
class RelativeClauseTimeTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    @Test
    void theMonthOfTheTruceIsNotTheMonthOfItsViolation() {
        for (String text : List.of(
                "LIMA - Pasukan Ekuador menembaki pos Peru di Zarumilla pada Jumat (16/5/2025), kata militer Peru.\n"
                        + "Ini adalah pelanggaran terbaru oleh Ekuador terhadap gencatan senjata yang ditengahi Brasil, "
                        + "yang dimulai pada bulan Maret.\n",
                "LIMA, May 17, 2025 - Ecuadorian troops shelled a Peruvian post at Zarumilla on Friday, Peru's army said.\n"
                        + "It was the latest violation by Ecuador of the truce mediated by Brazil, which began in March.\n")) {
            assertThat(read(text)).as(text).filteredOn(m -> m.type() == EventType.CEASEFIRE_VIOLATION)
                    .isNotEmpty().allSatisfy(m -> assertThat(m.time().start().iso()).doesNotStartWith("2025-03"));
        }
    }

    @Test
    void aRelativeClauseAboutTheHappeningItselfDatesIt() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Peru's army said the shelling of Zarumilla, which hit the market "
                + "on Tuesday, killed two civilians.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-13"));
    }

    @Test
    void aTruceThatEndedARangeOfYearsIsDatedByItsLastYear() {
        // "their 1998-2000 war ended in an armistice": the war spans the range, the armistice ends it
        for (String text : List.of(
                "QUITO, May 17, 2025 - Peru and Ecuador are still divided after their 1995-98 war ended in an armistice.\n",
                "QUITO - Peru dan Ekuador masih berselisih setelah perang 1995\u20131998 berakhir dengan gencatan senjata, "
                        + "kata pemerintah Ekuador, Sabtu (17/5/2025).\n")) {
            List<Mention> ms = read(text);
            assertThat(ms).as(text).filteredOn(m -> m.type() == EventType.CEASEFIRE).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("1998"));
            assertThat(ms).as(text).filteredOn(m -> m.type() == EventType.ARMED_CLASH)
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("1995"));
        }
    }

    @Test
    void recentWeeksOfAnotherHappeningDoNotMakeThisOneUndated() {
        // the recent weeks are the clashes' ("a dispute that has seen deadly clashes in recent weeks"), not the flight's
        List<Mention> ms = read("Kamis, 15 Mei 2025 10:08\n"
                + "LIMA - Peru mengatakan sebuah pesawat militer Ekuador memasuki wilayah udaranya dalam sengketa "
                + "perbatasan yang telah menyaksikan bentrokan mematikan dalam beberapa pekan terakhir.\n");
        assertThat(ms).filteredOn(m -> m.type() == EventType.ATTACK).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-15"));
        // "deadly" is no death toll: the flight is not a toll that rose
        assertThat(ms).noneMatch(m -> m.type() == EventType.CASUALTIES);
    }

    @Test
    void aLeadNoLaterReportDatesTakesTheDayASideWasQuotedOnIt() {
        // the lead says no day; the other side's spokesman answers it, "…," kata X, Sabtu (19/11): that day
        List<Mention> ms = read("ACCRA - Kementerian Pertahanan Togo mengatakan tentara Ghana membunuh seorang prajurit "
                + "Togo yang melintasi perbatasan kedua negara.\n"
                + "Ketegangan kedua negara meningkat sejak Maret 2022.\n"
                + "\"Prajurit itu adalah rekrutan baru yang tersesat saat berpatroli,\" kata juru bicara militer Ghana "
                + "Kolonel Kofi Mensah, Sabtu (19/11).\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence() && m.text().contains("membunuh")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2022-11-19"));
    }
}
