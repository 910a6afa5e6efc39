package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corpus.CorpusReader;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import claimline.reading.CorpusAnalyzer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportSeedsTest {
    private final EventModel model = Seeds.model();

    @Test
    void exportIsValidJsonInTheFormat() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ModelJsonWriter.toString(model));
        assertThat(root.get("format").asText()).isEqualTo("claimline/1");
        assertThat(root.get("documents")).hasSize(5);
        assertThat(root.get("events").size()).isGreaterThan(10);
        for (JsonNode e : root.get("events")) {
            assertThat(e.get("claims").size()).isPositive();
            assertThat(e.get("start").asText()).matches("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2})?)?)?");
        }
    }

    @Test
    void everyActorButAnOutletHasTheSideItSpeaksFor() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ModelJsonWriter.toString(model));
        Map<String, String> partyById = new java.util.HashMap<>();
        root.get("actors").forEach(a -> partyById.put(a.get("id").asText(), a.path("party").asText(null)));
        assertThat(root.get("actors")).isNotEmpty().allSatisfy(a -> {
            if (!a.get("type").asText().equals("media") || a.hasNonNull("parent")) {
                assertThat(a.get("party").asText(null)).as(a.get("id").asText()).isNotNull();
            }
            if (a.hasNonNull("parent")) {
                // a ministry, an army, an office speaks for the state it belongs to
                assertThat(a.get("party").asText()).as(a.get("id").asText()).isEqualTo(partyById.get(a.get("parent").asText()));
            }
        });
        assertThat(partyById).containsEntry("arm-mod", "ARM").containsEntry("aze-mod", "AZE");
    }

    @Test
    void everySpanIsInsideItsDocumentAndClaimTextIsTheFirstSource() {
        Map<String, Document> docs = model.documentsById();
        for (Event e : model.events()) {
            for (Claim c : e.claims()) {
                for (Source s : c.sources()) {
                    Document d = docs.get(s.document());
                    assertThat(d).isNotNull();
                    assertThat(s.end()).isLessThanOrEqualTo(d.length());
                    assertThat(s.end() - s.start()).as("a source is a sentence, not the article").isLessThan(d.length() / 2);
                    assertThat(d.isBoilerplate(s.start())).as("no claim from boilerplate: %s", s).isFalse();
                }
                Source first = c.sources().get(0);
                assertThat(docs.get(first.document()).text().substring(first.start(), first.end())).isEqualTo(c.text());
            }
        }
    }

    @Test
    void exportIsDeterministicAndRoundTrips() throws Exception {
        String once = ModelJsonWriter.toString(model);
        String again = ModelJsonWriter.toString(new CorpusAnalyzer(2026).analyze(new CorpusReader().read(Seeds.folder())));
        assertThat(again).isEqualTo(once);
        EventModel loaded = ModelJsonReader.read(new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8)));
        assertThat(loaded).isEqualTo(model);
        assertThat(ModelJsonWriter.toString(loaded)).isEqualTo(once);
    }

    @Test
    void anAnalystsNotesTravelWithTheirEventThroughTheExportAndBack() throws Exception {
        Event night = model.events().stream().filter(e -> e.time().start().iso().equals("2022-09-13T00:05+04:00"))
                .findFirst().orElseThrow();
        claimline.corrections.Anchor at = claimline.corrections.Anchor.of(night.sources().get(0));
        EventModel noted = claimline.corrections.Corrector.apply(model, java.util.List.of(
                new claimline.corrections.Correction.AddNote(at, "ask the OSCE monitors"),
                new claimline.corrections.Correction.AddNote(at, "Goris, not Lachin?"))).model();
        String once = ModelJsonWriter.toString(noted);
        JsonNode events = new ObjectMapper().readTree(once).get("events");
        java.util.List<JsonNode> withNotes = new java.util.ArrayList<>();
        events.forEach(e -> {
            if (e.has("notes")) {
                withNotes.add(e);
            }
        });
        assertThat(withNotes).singleElement().satisfies(e -> {
            assertThat(e.get("id").asText()).isEqualTo(night.id());
            assertThat(e.get("notes")).extracting(JsonNode::asText)
                    .containsExactly("ask the OSCE monitors", "Goris, not Lachin?");
        });
        EventModel loaded = ModelJsonReader.read(new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8)));
        assertThat(loaded).isEqualTo(noted);
        assertThat(ModelJsonWriter.toString(loaded)).isEqualTo(once);
        assertThat(ModelJsonWriter.toString(model)).as("no notes, no field: older files stay as they were")
                .doesNotContain("\"notes\"");
    }

    @Test
    void aFileWithoutClaimFactsKeepsItsDisagreementsAsWritten() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(ModelJsonWriter.toString(model));
        int withFacts = 0;
        for (JsonNode e : root.get("events")) {
            for (JsonNode c : e.get("claims")) {
                withFacts += ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("facts") == null ? 0 : 1;
            }
        }
        assertThat(withFacts).isPositive();
        EventModel older = ModelJsonReader.fromTree(root);
        for (int k = 0; k < model.events().size(); k++) {
            Event e = model.events().get(k);
            assertThat(older.disagreementTexts(older.events().get(k))).as(e.title())
                    .isEqualTo(model.disagreementTexts(e));
        }
        // denials are a stance, not a fact: they are recomputed even without the facts
        assertThat(older.events()).flatExtracting(Event::disagreements).extracting(d -> d.fact())
                .contains(claimline.model.Fact.NOTE, claimline.model.Fact.DENIAL);
    }

    @Test
    void boilerplateLinesAreRecorded() {
        for (Document d : model.documents()) {
            for (int i = 0; i < d.text().length(); ) {
                int nl = d.text().indexOf('\n', i);
                int end = nl < 0 ? d.text().length() : nl;
                String line = d.text().substring(i, end).strip();
                if (line.startsWith("Baca juga") || line.startsWith("Posted By") || line.startsWith("Simak")
                        || line.startsWith("Post a Comment")) {
                    int at = d.text().indexOf(line, i);
                    assertThat(d.isBoilerplate(at)).as("%s: %s", d.id(), line).isTrue();
                }
                i = end + 1;
            }
        }
    }
}
