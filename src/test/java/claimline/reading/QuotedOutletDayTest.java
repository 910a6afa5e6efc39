package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day an outlet is quoted on dates the citation, usually the publication; it moves no other date (reading guide,
 * section 4: "dikutip dari X, Rabu (14/9/2022)"). Togo and its rebels, which the gazetteer has no entry for.
 */
class QuotedOutletDayTest {

    @Test
    void theDayAnOutletIsQuotedOnDoesNotDateTheKillingsItReports() {
        for (String text : List.of(
                "Pemberontak Minta Maaf\n\nLome, Jumat (31/10/2025) - Pemimpin pemberontak meminta maaf pada Rabu.\n"
                        + "Sebelumnya, laporan milisi sekutu tentara Togo, seperti dikutip Reuters pada Selasa, 28 "
                        + "Oktober 2025, menuduh pemberontak telah membunuh lebih dari 200 warga sipil di Dapaong.\n",
                "Rebel leader apologises\n\nLOME, Friday, October 31, 2025 - The rebel leader apologised on Wednesday.\n"
                        + "Earlier, militias allied to Togo's army accused the rebels of killing more than 200 civilians "
                        + "in Dapaong, as reported by Reuters on Tuesday, October 28, 2025.\n")) {
            List<Mention> killings = OneArticle.mentions(text).stream()
                    .filter(m -> m.type().isViolence()).toList();
            assertThat(killings).as(text).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.time().start().iso()).isNotEqualTo("2025-10-28"));
        }
    }

    @Test
    void aDayToldByTheQuotedSideStillDatesWhatItTells() {
        List<Mention> ms = OneArticle.mentions("LOME, October 31, 2025 - Togo's army said rebels attacked Dapaong "
                + "on Tuesday, as reported by Reuters.\n");
        assertThat(ms).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.time().start().iso()).isEqualTo("2025-10-28"));
    }
}
