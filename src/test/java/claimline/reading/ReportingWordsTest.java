package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Stance;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More of the words a side's version is told with: "berdalih", "beralasan", "mengeklaim", "contended", "countered"
 * give the side its claim; "menepis", "mengelak", "rebuffed", "repudiated" make it a denial. Togo and Ghana, which
 * the gazetteer knows only as states.
 */
class ReportingWordsTest {
    private static List<Mention> read(String text) { return OneArticle.mentions(text); }

    private static boolean claimedBy(Mention m, String party, Stance stance) {
        return party.equals(OneArticle.party(m)) && m.stance() == stance;
    }

    @Test
    void aSideArguingItsCaseClaims() {
        String lead = "ACCRA, 17 Mei 2025 - Tentara Togo menembaki sebuah pos perbatasan Ghana pada Jumat (16/5/2025).\n";
        for (String verb : List.of("berdalih", "beralasan", "mengeklaim")) {
            String text = lead + "Pemerintah Togo " + verb + " penembakan itu dilakukan karena tentara Ghana melintasi "
                    + "perbatasan.\n";
            assertThat(read(text)).as(verb).anyMatch(m -> claimedBy(m, "TGO", Stance.ASSERTS));
        }
        assertThat(read("ACCRA, May 17, 2025 - Togolese troops fired on a Ghanaian border post on Friday.\n"
                + "Togo's government countered that the shooting was provoked by Ghanaian troops crossing the border.\n"))
                .anyMatch(m -> claimedBy(m, "TGO", Stance.ASSERTS));
    }

    @Test
    void aSideBrushingTheChargeAsideDenies() {
        assertThat(read("ACCRA, 17 Mei 2025 - Ghana menuduh tentara Togo menembaki sebuah pos perbatasan pada Jumat "
                + "(16/5/2025).\nPemerintah Togo menepis tuduhan tersebut.\n"))
                .anyMatch(m -> claimedBy(m, "TGO", Stance.DENIES));
        assertThat(read("ACCRA, May 17, 2025 - Ghana accused Togolese troops of firing on a border post on Friday.\n"
                + "Togo's government rebuffed the accusation.\n"))
                .anyMatch(m -> claimedBy(m, "TGO", Stance.DENIES));
    }

    @Test
    void whoACondemnationIsByClaimsIt() {
        assertThat(read("ACCRA, May 17, 2025 - Togolese troops shelled a Ghanaian border post on Friday.\n"
                + "The attack was also denounced by Nigeria.\n")).anyMatch(m -> claimedBy(m, "NGA", Stance.ASSERTS));
        assertThat(read("ACCRA, 17 Mei 2025 - Tentara Togo menembaki pos perbatasan Ghana pada Jumat (16/5/2025).\n"
                + "Serangan itu dikecam oleh Nigeria.\n")).anyMatch(m -> claimedBy(m, "NGA", Stance.ASSERTS));
    }

    @Test
    void aDenialJoinedToTheSubjectsOwnActDeniesForTheSubject() {
        assertThat(read("ACCRA, 17 Mei 2025 - Ghana mengusir seorang konsul Togo pada Jumat (16/5/2025).\n"
                + "Togo pada Sabtu membuat protes keras atas tindakan Ghana, dan sepenuhnya menyangkal tuduhan kepada "
                + "konsul tersebut.\n")).anyMatch(m -> claimedBy(m, "TGO", Stance.DENIES));
        assertThat(read("ACCRA, May 17, 2025 - Ghana expelled a Togolese consul on Friday.\n"
                + "Togo lodged a strong protest on Saturday, and flatly denied the accusations against the consul.\n"))
                .anyMatch(m -> claimedBy(m, "TGO", Stance.DENIES));
    }
}
