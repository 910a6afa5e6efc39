package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.model.Stance;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time belongs to the word it is said of (reading guide 4): a possessive time is its noun's ("Tuesday's
 * skirmishes"), the time a speaker spoke at ("Speaking at 11pm Wednesday, X said") is the telling's, and a time after
 * a word of aim ("agar", "lest") is the aim's, not the deal's. Also: an
 * altercation between two armies is a clash, and a side that says it is "not aware" of what it is accused of denies
 * it. Peru and Ecuador, which the gazetteer has no entry for.
 */
class WhoseTimeTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    @Test
    void aPossessiveTimeDatesItsNounNotTheMeetingItIsNamedAt() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Peruvian and Ecuadorian officers met at Zarumilla on Thursday.\n"
                + "Peruvian sources said the Ecuadorian side had taken a hard line at the meeting and even sought to "
                + "blame the Peruvian troops for Tuesday's skirmishes.\n");
        assertThat(ms).filteredOn(m -> m.type() == EventType.DIPLOMACY).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-15"));
    }

    @Test
    void aPossessiveTimeAfterAVerbOfSayingIsTheHappeningsNotTheTellings() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Peru accused Ecuador of a provocation on Saturday.\n"
                + "General Ramos of Peru's army noted that Tuesday's shelling of Zarumilla came during Ecuadorian "
                + "drills.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence() && m.documentText().substring(m.source().start(), m.source().end()).contains("Tuesday"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-13"));
    }

    @Test
    void theHourASpeakerSpokeAtDatesTheSpeakingNotTheAttack() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Ecuadorian troops fired on a Peruvian post at Zarumilla at 7pm "
                + "on Wednesday, Peru's army said.\n"
                + "Speaking at 11pm Wednesday, Peru's defence minister said that those who fired on the post were "
                + "sent by Quito.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).doesNotContain("T23:00"));
    }

    @Test
    void theDayOfAnAimDatesTheAimNotTheDealMadeForIt() {
        for (String text : List.of(
                "LIMA, 17 Mei 2025 - Brasil menengahi kesepakatan pada Maret lalu agar pasukan Ekuador mundur dari "
                        + "Zarumilla pada 15 Mei.\n",
                "LIMA, May 17, 2025 - Brazil mediated a deal in March lest Ecuadorian troops stay in Zarumilla after "
                        + "May 15.\n")) {
            assertThat(read(text)).as(text).filteredOn(m -> m.type() == EventType.DIPLOMACY).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-03"));
        }
    }

    @Test
    void aHappeningToldOnlyInAReportTakesTheReportsDayNotItsHour() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Speaking at 11pm Wednesday, Peru's defence minister said that "
                + "Ecuadorian troops had fired on a Peruvian post at Zarumilla.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-14"));
    }

    @Test
    void peacekeepersAndAidAgenciesSpeakForTheirOrganisation() {
        List<Mention> ms = read("LIMA, May 17, 2025 - Ecuadorian troops fired on a Peruvian post at Zarumilla on "
                + "Friday, Peru's army said.\nUNIFIL said in a statement that the shelling had hit near its base.\n"
                + "KFOR issued a statement saying its soldiers were not harmed.\n"
                + "Doctors Without Borders said it treated 12 wounded.\n");
        assertThat(ms).extracting(OneArticle::party).contains("UN", "NATO", "MSF");
    }

    @Test
    void aWeekdayToldBySomeoneWhoSpokeOnAnotherDayIsTheOneBeforeTheySpoke() {
        // published on Friday 16 May 2025; the UN spoke on Monday 12 May of fighting on "Friday": 9 May
        for (String text : List.of(
                "LIMA, 16 Mei 2025 - PBB pada hari Senin menyatakan bahwa lebih dari 30 warga sipil tewas dalam "
                        + "pertempuran yang terjadi pada hari Jumat di sekitar Zarumilla.\n",
                "LIMA, May 16, 2025 - The UN on Monday said more than 30 civilians were killed in fighting on Friday "
                        + "around Zarumilla.\n")) {
            assertThat(read(text)).as(text).filteredOn(m -> m.type().isViolence() && m.ownTime()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-05-09"));
        }
    }

    @Test
    void anAltercationBetweenTwoArmiesIsAClash() {
        assertThat(read("LIMA, May 17, 2025 - Peruvian and Ecuadorian soldiers were involved in an altercation near "
                + "Zarumilla on Tuesday.\n")).extracting(Mention::type).contains(EventType.ARMED_CLASH);
    }

    @Test
    void aSideNotAwareOfWhatItIsAccusedOfDeniesIt() {
        for (String text : List.of(
                "LIMA, May 17, 2025 - Peru said Ecuadorian troops crossed the border near Zarumilla on Tuesday.\n"
                        + "Ecuador's foreign ministry spokesperson Ana Torres said, \"I am not aware of the information.\"\n",
                "LIMA, 17 Mei 2025 - Peru mengatakan tentara Ekuador melintasi perbatasan di dekat Zarumilla pada Selasa.\n"
                        + "Juru bicara Kementerian Luar Negeri Ekuador, Ana Torres, mengatakan pihaknya tidak mengetahui "
                        + "informasi tersebut.\n")) {
            assertThat(read(text)).as(text).anyMatch(m -> m.stance() == Stance.DENIES && "ECU".equals(OneArticle.party(m)));
        }
    }
}
