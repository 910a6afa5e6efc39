package claimline.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelJsonReaderTest {
    private static void refused(String json, String message) {
        assertThatThrownBy(() -> ModelJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining(message);
    }

    @Test
    void hostileOrBrokenFilesAreRefusedWithAReason() {
        refused("[".repeat(10_000), "nesting");
        refused("{\"format\": " + "9".repeat(1_000_000) + "}", "Number value length");
        refused("{\"format\": \"claimline/1\", \"generator\": \"x\", \"documents\": [", "not valid JSON");
        refused("{\"format\": \"other/2\"}", "unsupported format");
        refused("{\"format\": \"claimline/1\", \"generator\": \"x\", \"documents\": [{\"id\": \"d\", \"path\": \"d.txt\","
                + "\"language\": \"id\", \"published\": {\"date\": null, \"basis\": \"unknown\", \"evidence\": \"\"},"
                + "\"length\": 3, \"boilerplate\": [], \"text\": \"abc\"}], \"actors\": [{\"id\": \"a\", \"name\": \"A\","
                + "\"type\": \"state\", \"party\": \"ARM\", \"parent\": null, \"aliases\": []}], \"places\": [],"
                + "\"events\": [{\"id\": \"e\", \"type\": \"attack\", \"title\": \"t\", \"start\": \"2022\", \"end\": null,"
                + "\"precision\": \"year\", \"time_basis\": \"stated\", \"time_evidence\": \"\", \"background\": false,"
                + "\"actors\": [], \"places\": [], \"claims\": [{\"claimant\": \"a\", \"stance\": \"asserts\", \"text\": \"x\","
                + "\"sources\": [{\"document\": \"d\", \"start\": 0, \"end\": 99}]}]}], \"problems\": []}", "outside document");
    }
}
