package claimline.reading.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party is a code (export format: ISO 3166-1 alpha-3, or an organisation's or group's short code such as UN, NATO):
 * a script grouping claims by party, and the ids made from it, must never meet "ARAB LEAGUE" beside "LAS".
 */
class GazetteerPartiesTest {
    @Test
    void everyPartyTheGazetteerGivesIsACodeInCapitals() throws Exception {
        List<String> parties = new ArrayList<>();
        for (String file : List.of("organizations.json", "people.json", "institutions.json")) {
            collect(new ObjectMapper().readTree(Path.of("assets/gazetteer", file).toFile()), parties);
        }
        assertThat(parties).isNotEmpty().allMatch(p -> p.matches("[A-Z0-9]{2,10}"), "a code in capitals");
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            JsonNode party = node.get("party");
            if (party != null && party.isTextual()) {
                out.add(party.asText());
            }
            node.forEach(child -> collect(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
