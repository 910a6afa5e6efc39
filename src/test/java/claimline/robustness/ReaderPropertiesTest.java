package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.Corpus;
import claimline.corpus.SourceText;
import claimline.export.ModelJsonReader;
import claimline.export.ModelJsonWriter;
import claimline.model.Document;
import claimline.model.EventModel;
import claimline.model.Source;
import claimline.reading.CorpusAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On arbitrary text the reader never throws, every span stays inside its document, and export/import is exact. */
class ReaderPropertiesTest {
    private static final CorpusAnalyzer ANALYZER = new CorpusAnalyzer(2026);

    /** Mostly news-like material (words the reader reacts to, dates, quotes, newlines), mixed with any characters. */
    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> words = Arbitraries.of("Armenia", "Azerbaijan", "Kirgistan", "menembaki", "mengatakan",
                "membantah", "gencatan", "senjata", "pukul", "00:05", "(12/9)", "Senin", "malam", "kata", "\"", "“",
                "”", ".", ",", "\n", "Baca juga:", "pada", "2022", "13 September", "shelled", "said", "denied",
                "on Monday", "GMT", "(0500 GMT)", "waktu setempat", "Kementerian Pertahanan", "tahun lalu");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(120)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 200)
    void readingArbitraryTextNeverThrowsAndKeepsSpansInside(@ForAll("articles") String text) throws Exception {
        EventModel m = ANALYZER.analyze(new Corpus(List.of(new SourceText("doc", "doc.txt", text, null)), List.of()));
        Map<String, Document> docs = m.documentsById();
        m.events().forEach(e -> e.claims().forEach(c -> {
            for (Source s : c.sources()) {
                assertThat(s.end()).isLessThanOrEqualTo(docs.get(s.document()).length());
            }
        }));
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        ModelJsonWriter.write(m, once);
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        ModelJsonWriter.write(ModelJsonReader.read(new ByteArrayInputStream(once.toByteArray())), twice);
        assertThat(twice.toByteArray()).isEqualTo(once.toByteArray());
    }
}
