package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections in one file, one article per row: JSON Lines and CSV as archives and scrapers export them. */
class CollectionReaderTest {
    @TempDir
    Path dir;

    private Corpus read(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return new CorpusReader().read(f);
    }

    private static List<String> messages(Corpus c, ProblemKind kind) {
        return c.problems().stream().filter(p -> p.kind() == kind).map(Problem::message).toList();
    }

    @Test
    void jsonLinesAsNewsApiExportsThemWithBadLinesAsProblems() throws Exception {
        Corpus c = read("newsapi.jsonl", String.join("\n",
                "{\"source\": {\"id\": \"reuters\", \"name\": \"Reuters\"}, \"title\": \"Shelling on the border\", "
                        + "\"url\": \"https://r.example/a\", \"publishedAt\": \"2022-09-13T06:40:00Z\", "
                        + "\"content\": \"Armenia said Azerbaijani forces shelled Jermuk.\"}",
                "",
                "{\"title\": \"cut short\", \"content\": \"Armenia",
                "[\"an\", \"array\"]",
                "{\"source\": {\"name\": \"Antara\"}, \"title\": \"Tanpa isi\", \"content\": \"  \"}",
                "{\"source\": {\"name\": \"Antara\"}, \"title\": \"Bentrok\", \"publishedAt\": \"2022-09-13\", "
                        + "\"content\": \"Pasukan Azerbaijan menembaki Goris.\"}"));
        assertThat(c.texts()).hasSize(2);
        SourceText first = c.texts().get(0);
        assertThat(first.id()).isEqualTo("newsapi-1");
        assertThat(first.path()).isEqualTo("newsapi.jsonl#newsapi-1");
        assertThat(first.htmlTitle()).isEqualTo("Shelling on the border");
        assertThat(first.page().outlet()).isEqualTo("Reuters");
        assertThat(first.page().url()).isEqualTo("https://r.example/a");
        assertThat(first.page().time()).isEqualTo(OffsetDateTime.parse("2022-09-13T06:40Z"));
        assertThat(first.page().dateEvidence()).isEqualTo("column publishedAt \"2022-09-13T06:40:00Z\"");
        assertThat(first.text()).endsWith("Armenia said Azerbaijani forces shelled Jermuk.");
        assertThat(c.texts().get(1).id()).isEqualTo("newsapi-6");
        assertThat(messages(c, ProblemKind.BAD_ROW)).hasSize(3).satisfies(m -> {
            assertThat(m.get(0)).startsWith("line 3: not JSON");
            assertThat(m.get(1)).startsWith("line 4: not a JSON object");
            assertThat(m.get(2)).startsWith("line 5: no text");
        });
        assertThat(c.problems()).allMatch(p -> p.path().equals("newsapi.jsonl"));
    }

    @Test
    void csvAsNewsPleaseWritesItWithAQuotedFieldOverLinesAndARowWithTooFewFields() throws Exception {
        Corpus c = read("archive.csv", String.join("\n",
                "id,title,maintext,date_publish,source_domain,language",
                "kmp-1,Bentrok di perbatasan,\"Pasukan Azerbaijan menembaki Goris.",
                "Armenia membalas.\",2022-09-13 09:30:00,kompas.com,id",
                "kmp-2,Tanpa kolom cukup,Teks saja",
                "rtr-1,Ceasefire,\"Russia said a ceasefire was agreed, effective at 09:00.\",2022-09-13T05:00:00Z,reuters.com,en-US",
                "rtr-2,Undated,Some text.,yesterday,reuters.com,en"));
        assertThat(c.texts()).extracting(SourceText::id).containsExactly("kmp-1", "rtr-1", "rtr-2");
        assertThat(c.texts().get(0).text()).endsWith("Pasukan Azerbaijan menembaki Goris.\nArmenia membalas.");
        assertThat(c.texts().get(0).page().date()).hasToString("2022-09-13");
        assertThat(c.texts().get(0).page().time()).isNull();
        assertThat(c.texts().get(0).page().outlet()).isEqualTo("kompas.com");
        assertThat(c.texts().get(1).page().language()).isEqualTo("en");
        assertThat(c.texts().get(2).page().date()).isNull();
        assertThat(messages(c, ProblemKind.BAD_ROW)).containsExactly("line 4: 3 fields where the header has 6");
        assertThat(messages(c, ProblemKind.PARTIAL)).containsExactly(
                "line 6: date_publish 'yesterday' is not a date; the article is read without it");
    }

    @Test
    void aQuoteNeverClosedCostsTheRestOfTheFileOnlyAndSaysWhere() throws Exception {
        Corpus c = read("cut.csv", "text,title\nFirst article text.,One\n\"Second article, cut,Two\nThird.,Three\n");
        assertThat(c.texts()).extracting(SourceText::htmlTitle).containsExactly("One");
        assertThat(messages(c, ProblemKind.BAD_ROW)).singleElement().asString()
                .startsWith("line 3: a quoted field is never closed");
    }

    @Test
    void semicolonsAndTabsAreDelimitersToo() throws Exception {
        assertThat(read("semi.csv", "judul;isi;tanggal\nBentrok;Pasukan menembaki desa.;2022-09-13\n").texts())
                .singleElement().satisfies(t -> {
                    assertThat(t.htmlTitle()).isEqualTo("Bentrok");
                    assertThat(t.page().date()).hasToString("2022-09-13");
                });
        assertThat(read("tabs.csv", "headline\tbody\nClash\tTroops shelled the village.\n").texts()).hasSize(1);
    }

    @Test
    void withoutATextColumnTheProblemNamesTheColumnsAndTheMappingReadsThem() throws Exception {
        String csv = "berita_id,naskah,waktu_terbit\nx1,Pasukan Azerbaijan menembaki Goris.,2022-09-13T09:30:00+07:00\n";
        Corpus none = read("own.csv", csv);
        assertThat(none.texts()).isEmpty();
        assertThat(messages(none, ProblemKind.UNREADABLE)).singleElement().asString()
                .contains("berita_id, naskah, waktu_terbit", "--columns text=COLUMN", "own.csv.columns");

        Path f = dir.resolve("own.csv");
        Corpus mapped = new CorpusReader(false, CorpusReader.DEFAULT_MAX_FILE_SIZE,
                Columns.parseMapping("text=naskah,published=waktu_terbit,id=berita_id")).read(f);
        assertThat(mapped.texts()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("x1");
            assertThat(t.page().time()).isEqualTo(OffsetDateTime.parse("2022-09-13T09:30+07:00"));
        });
        assertThat(mapped.problems()).isEmpty();

        Files.writeString(dir.resolve("own.csv.columns"), "# the archive's own names\ntext = naskah\nid=berita_id\n");
        assertThat(new CorpusReader().read(f).texts()).extracting(SourceText::id).containsExactly("x1");
    }

    @Test
    void aMappingIsCheckedAndAMappedColumnThatIsMissingIsSaid() throws Exception {
        assertThatThrownBy(() -> Columns.parseMapping("body")).hasMessageContaining("FIELD=COLUMN");
        assertThatThrownBy(() -> Columns.parseMapping("bodyy=x")).hasMessageContaining("text, html, title");
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "text\nPasukan menembaki desa.\n");
        Corpus c = new CorpusReader(false, CorpusReader.DEFAULT_MAX_FILE_SIZE, Map.of(Columns.Field.PUBLISHED, "tgl")).read(f);
        assertThat(c.texts()).hasSize(1);
        assertThat(messages(c, ProblemKind.PARTIAL)).singleElement().asString().contains("'tgl'", "no such column");
    }

    @Test
    void anHtmlColumnIsReadAsASavedPageWithTheRowsColumnsOverItsMetadata() throws Exception {
        String page = SavedPageTest.page("beritabaru-armenia").replace("\"", "\"\"").replace("\n", " ");
        Corpus c = read("pages.csv", "html,outlet\n\"" + page + "\",Kompas\n");
        assertThat(c.texts()).singleElement().satisfies(t -> {
            assertThat(t.text()).contains("Suren Papikyan").doesNotContain("Semoga cepat damai");
            assertThat(t.page().outlet()).isEqualTo("Kompas");
            assertThat(t.page().dateEvidence()).startsWith("article:published_time");
        });
    }

    @Test
    void idsStayUniqueAcrossRowsAndFiles() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"x\", \"text\": \"two\"}\n");
        Files.writeString(dir.resolve("x.txt"), "three");
        Corpus c = new CorpusReader().read(dir);
        assertThat(c.texts()).extracting(SourceText::id).containsExactly("x", "x-2", "x-3");
    }

    @Test
    void anEmptyCollectionIsAProblem() throws Exception {
        assertThat(read("empty.csv", "text,title\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.EMPTY));
    }
}
