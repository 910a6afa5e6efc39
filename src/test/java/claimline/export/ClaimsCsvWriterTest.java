package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.EventModel;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsCsvWriterTest {
    @Test
    void oneRowPerClaimWithItsPassageQuoted() throws Exception {
        EventModel m = Seeds.model();
        StringWriter out = new StringWriter();
        ClaimsCsvWriter.write(m, m.events(), out);
        List<String> rows = List.of(out.toString().split("\r\n(?=\"ev-|$)"));
        long claims = m.events().stream().mapToLong(e -> e.claims().size()).sum();
        assertThat(rows.get(0)).startsWith("\"event\",\"title\",\"type\",\"start\",\"precision\",\"claimant\",\"party\"");
        assertThat(rows).hasSize((int) claims + 1);
        assertThat(out.toString()).contains("\"2022-09-13T00:05+04:00\",\"minute\"");
    }

    @Test
    void quotesAreDoubledAndFormulasDefused() {
        assertThat(ClaimsCsvWriter.quote("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
        assertThat(ClaimsCsvWriter.quote("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }
}
