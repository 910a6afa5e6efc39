package claimline.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.Corpus;
import claimline.corpus.DecodedText;
import claimline.corpus.HtmlText;
import claimline.corpus.SourceText;
import claimline.corpus.TextDecoder;
import claimline.export.ModelFormatException;
import claimline.export.ModelJsonReader;
import claimline.model.Document;
import claimline.model.EventModel;
import claimline.model.Source;
import claimline.reading.CorpusAnalyzer;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * Jazzer fuzz targets. In a normal build they replay the inputs under
 * src/test/resources/claimline/robustness/FuzzTestInputs; with JAZZER_FUZZ=1 they search for new ones.
 */
class ReaderFuzzTest {
    private static final CorpusAnalyzer ANALYZER = new CorpusAnalyzer(2026);

    /** Any bytes as a .txt or .html file: decoded or refused with a problem, then read without an exception. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrRefused(byte[] data) {
        for (String name : List.of("f.txt", "f.html")) {
            DecodedText d = TextDecoder.decode(name, data);
            if (!d.readable()) {
                assertThat(d.problem()).isNotNull();
                continue;
            }
            String text = name.endsWith(".html") ? HtmlText.extract(d.text()).text() : d.text();
            EventModel m = ANALYZER.analyze(new Corpus(List.of(new SourceText("f", name, text, null)), List.of()));
            Map<String, Document> docs = m.documentsById();
            m.events().forEach(e -> e.claims().forEach(c -> {
                for (Source s : c.sources()) {
                    assertThat(s.end()).isLessThanOrEqualTo(docs.get(s.document()).length());
                }
            }));
        }
    }

    /** Any bytes offered as a model file: a model, or a ModelFormatException with a message; nothing else. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "30s")
    void anyBytesAreAModelOrARefusal(byte[] data) {
        try {
            ModelJsonReader.read(new ByteArrayInputStream(data));
        } catch (ModelFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
