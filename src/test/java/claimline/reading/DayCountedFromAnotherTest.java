package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day counted from a date the text gives ("sehari sebelumnya", "a day earlier", "dua hari kemudian") counts from that
 * date, not from publication (reading guide, section 4), and is the day of what is told, even right after the verb of
 * saying; the detention of a diplomat is a happening of its own. A "today" inside a quotation is the speaker's day. Peru–Ecuador, which the gazetteer does not know.
 */
class DayCountedFromAnotherTest {
    private static List<String> daysOf(String text, EventType type) {
        return OneArticle.mentions(text).stream()
                .filter(m -> m.type() == type).map(m -> m.time().start().iso()).distinct().toList();
    }

    @Test
    void aDayEarlierThanTheDateOfTheSayingIsTheDayBeforeIt() {
        assertThat(daysOf("LIMA, 20 April 2025 - Pada Sabtu (12/4/2025) Kepolisian Peru mengatakan, mereka sehari "
                + "sebelumnya telah menahan seorang konsul Ekuador di Tumbes.\n", EventType.OTHER))
                .containsExactly("2025-04-11");
        assertThat(daysOf("LIMA, April 20, 2025 - Peru's police said on Saturday, April 12, that a day earlier they had "
                + "detained an Ecuadorian consul in Tumbes.\n", EventType.OTHER))
                .containsExactly("2025-04-11");
    }

    @Test
    void daysLaterCountFromTheLastDateTheTextGave() {
        assertThat(daysOf("LIMA, 20 April 2025 - Tentara Peru dan Ekuador bentrok di dekat Zarumilla pada Kamis "
                + "(10/4/2025).\nDua hari kemudian, tentara Ekuador menembaki pos perbatasan Peru.\n", EventType.ATTACK))
                .containsExactly("2025-04-12");
        assertThat(daysOf("LIMA, April 20, 2025 - Peruvian and Ecuadorian troops clashed near Zarumilla on Thursday, "
                + "April 10.\nTwo days later, Ecuadorian troops shelled a Peruvian border post.\n", EventType.ATTACK))
                .containsExactly("2025-04-12");
    }

    @Test
    void todayInAQuotationIsTheSpeakersDayNotTheArticles() {
        // published on Wednesday the 16th; the spokesman spoke on Monday: his "today" is Monday
        assertThat(daysOf("ACCRA, 16 April 2025 - \u201CHari ini kami menyatakan seorang diplomat Togo persona non grata,"
                + "\u201D kata juru bicara Kementerian Luar Negeri Ghana pada Senin (14/4/2025).\n", EventType.DIPLOMACY))
                .containsExactly("2025-04-14");
        assertThat(daysOf("ACCRA, April 16, 2025 - \u201CToday we declared a Togolese diplomat persona non grata,\u201D a "
                + "spokesman for Ghana's foreign ministry said on Monday, April 14.\n", EventType.DIPLOMACY))
                .containsExactly("2025-04-14");
    }

    @Test
    void theNextDayAfterShellsLandedInTheSameDistrictIsTheDayAfterThem() {
        // "yang sama" (the same) opens no clause about another happening: 28 August dates the shells
        List<String> summons = daysOf("LIMA, 4 September 2025 - Peru memanggil duta besar Ekuador pada Kamis (4/9/2025).\n"
                + "Sebelumnya, dua mortir mendarat di distrik yang sama pada 28 Agustus dan hari berikutnya Kementerian "
                + "Luar Negeri Peru memanggil duta besar Ekuador.\n", EventType.DIPLOMACY);
        assertThat(summons).contains("2025-08-29", "2025-09-04");
        assertThat(daysOf("LIMA, 4 September 2025 - Sebelumnya, dua mortir mendarat di distrik yang sama pada 28 Agustus dan "
                + "hari berikutnya Kementerian Luar Negeri Peru memanggil duta besar Ekuador.\n", EventType.ATTACK))
                .containsExactly("2025-08-28");
    }

    @Test
    void aDayAfterAfterDatesOnlyWhatCameFirst() {
        // "the envoy was summoned after two shells landed on Saturday": Saturday is the shells' day, not the summons'
        String text = "LIMA, 4 September 2025 - Peru memanggil duta besar Ekuador pada Kamis (4/9/2025).\n"
                + "Duta besar Ekuador dipanggil ke Kementerian Luar Negeri setelah dua mortir yang ditembakkan tentara "
                + "Ekuador mendarat di Peru pada Sabtu (30/8).\n";
        assertThat(daysOf(text, EventType.DIPLOMACY)).doesNotContain("2025-08-30");
        assertThat(daysOf(text, EventType.ATTACK)).containsExactly("2025-08-30");
    }
}
