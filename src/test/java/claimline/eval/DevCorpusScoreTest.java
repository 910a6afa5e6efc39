package claimline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.CorpusReader;
import claimline.export.ModelJsonWriter;
import claimline.model.Document;
import claimline.model.EventModel;
import claimline.reading.CorpusAnalyzer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the reader on the development corpus of real articles (src/test/devcorpus, README there) wherever their
 * bodies are present: bodies are third-party text and not in git, so a fresh clone scores nothing and checks only
 * that the manifest, the hand readings and the gold agree with each other. Prints the figures per article and in
 * total; with the whole corpus present, the totals must not fall below the floors measured when they were set.
 */
class DevCorpusScoreTest {
    static final Path DIR = Path.of("src/test/devcorpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode manifest;
    private static JsonNode gold;
    private static Map<String, String> present;

    @BeforeAll
    static void load() throws Exception {
        manifest = JSON.readTree(DIR.resolve("manifest.json").toFile()).get("articles");
        gold = JSON.readTree(DIR.resolve("gold.json").toFile());
        present = new TreeMap<>();
        for (JsonNode a : manifest) {
            Path body = DIR.resolve("bodies").resolve(a.get("id").asText() + ".txt");
            if (Files.isRegularFile(body) && gold.get("published").has(a.get("id").asText())) {
                byte[] bytes = Files.readAllBytes(body);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                if (sha.equals(a.get("body_sha256").asText())) {
                    present.put(a.get("id").asText(), new String(bytes, StandardCharsets.UTF_8));
                } else {
                    System.out.println("devcorpus: " + body + " differs from the manifest's sha256; not scored");
                }
            }
        }
    }

    @Test
    void everyArticleHasAHandReadingWithinItsBody() throws Exception {
        List<String> ids = new ArrayList<>();
        manifest.forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
        assertThat(manifest).allSatisfy(a -> assertThat(a.get("url").asText()).startsWith("http"));
        Map<String, Integer> length = new TreeMap<>();
        manifest.forEach(a -> length.put(a.get("id").asText(), a.get("body_chars").asInt()));
        for (String id : ids) {
            Path reading = DIR.resolve("readings").resolve(id + ".json");
            assertThat(reading).as("hand reading of %s", id).exists();
            assertThat(JSON.readTree(reading.toFile()).toString()).as("a reading keeps no passage text")
                    .doesNotContain("\"text\"");
        }
        for (JsonNode inc : gold.get("incidents")) {
            for (JsonNode m : inc.get("mentions")) {
                assertThat(length).containsKey(m.get(0).asText());
                assertThat(m.get(2).asInt()).isLessThanOrEqualTo(length.get(m.get(0).asText()));
                assertThat(m.get(1).asInt()).isLessThan(m.get(2).asInt());
            }
        }
    }

    @Test
    void scoresThePresentArticles(@TempDir Path corpus) throws Exception {
        System.out.printf(Locale.ROOT, "devcorpus: %d of %d article bodies present%n", present.size(), manifest.size());
        if (present.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : present.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
        EventModel model = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(corpus));
        String exported = ModelJsonWriter.toString(model);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/devcorpus-export.json"), exported, StandardCharsets.UTF_8);
        IncidentScorer.Result r = new IncidentScorer(gold, present).score(JSON.readTree(exported));
        int pubRight = 0;
        System.out.println("devcorpus: article           found   claims  sbs  events  fp  published (reader / hand)");
        for (Document d : model.documents()) {
            IncidentScorer.Totals t = r.byDocument().get(d.id());
            JsonNode want = gold.get("published").get(d.id());
            JsonNode got = JSON.valueToTree(Map.of("date", d.published().date() == null ? "" : d.published().date().toString()));
            boolean right = IncidentScorer.publicationYearRight(want, d.published().date() == null
                    ? JSON.createObjectNode() : got);
            pubRight += right ? 1 : 0;
            System.out.printf(Locale.ROOT, "devcorpus: %-16s %3d/%-3d %3d/%-3d %d/%d %4d %3d  %s %s / %s%n", d.id(),
                    t.found(), t.core(), t.claimsHit(), t.claims(), t.sideBySide(), t.contested(), t.events(),
                    t.falsePositives(), right ? "ok " : "BAD", d.published().date(), want.path("date").asText("unknown"));
        }
        for (IncidentScorer.Row row : r.rows()) {
            if (!row.found()) {
                System.out.println("devcorpus: missed " + row.id() + (row.wrongDates().isEmpty() ? "" : " (dated " + row.wrongDates() + ")"));
            }
        }
        r.falsePositives().forEach(e -> System.out.println("devcorpus: false positive " + e.type() + " " + e.start() + " "
                + e.spans().stream().map(s -> s.doc() + "@" + s.start()).distinct().toList()));
        IncidentScorer.Totals datable = new IncidentScorer(gold, present).datableOnly().score(JSON.readTree(exported)).totals();
        System.out.println("devcorpus: all happenings:     " + r.totals().line());
        System.out.println("devcorpus: datable happenings: " + datable.line());
        System.out.println("devcorpus: publication_year_right=" + pubRight + "/" + present.size());
        if (present.size() == manifest.size()) {
            Floors.check(r.totals(), datable, pubRight);
        }
    }
}
