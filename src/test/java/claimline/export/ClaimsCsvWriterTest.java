package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Actor;
import claimline.model.EventModel;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsCsvWriterTest {
    @Test
    void oneRowPerPassageWithItsTextQuoted() throws Exception {
        EventModel m = Seeds.model();
        StringWriter out = new StringWriter();
        ClaimsCsvWriter.write(m, m.events(), out);
        List<String> rows = List.of(out.toString().split("\r\n(?=\"ev-|$)"));
        long passages = m.events().stream().flatMap(e -> e.claims().stream()).mapToLong(c -> c.sources().size()).sum();
        long claims = m.events().stream().mapToLong(e -> e.claims().size()).sum();
        assertThat(passages).as("the seeds have claims said in more than one passage").isGreaterThan(claims);
        assertThat(rows.get(0)).startsWith("\"event\",\"title\",\"type\",\"start\",\"precision\",\"claimant\",\"party\"")
                .contains("\"outlet\",\"published\",\"document\"");
        assertThat(rows).hasSize((int) passages + 1);
        assertThat(out.toString()).contains("\"2022-09-13T00:05+04:00\",\"minute\"");
    }

    @Test
    void claimantsPartiesAndOutletsAreNamedNeverGivenById() throws Exception {
        EventModel m = Seeds.model();
        StringWriter out = new StringWriter();
        ClaimsCsvWriter.write(m, m.events(), out);
        String csv = out.toString();
        assertThat(csv).contains("\"Ministry of Defence of Armenia\",\"Armenia\",\"asserts\"")
                .contains("\"KOMPAS.com\",\"2022-09-13\",\"004_18c0888fd0a2ce79.txt\"")
                .doesNotContain("media-doc-").doesNotContain("the outlet of").doesNotContain(",\"ARM\",");
        // an outlet the article never names goes by the article's file name
        assertThat(csv).contains("\"002_fa0108434b0a3076.txt\",\"\",\"asserts\",\"002_fa0108434b0a3076.txt\"");
        for (Actor a : m.actors()) {
            if (!a.id().equals(a.name())) {
                assertThat(csv).doesNotContain("\"" + a.id() + "\"");
            }
        }
    }

    @Test
    void quotesAreDoubledAndFormulasDefused() {
        assertThat(ClaimsCsvWriter.quote("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
        assertThat(ClaimsCsvWriter.quote("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }
}
