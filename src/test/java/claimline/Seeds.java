package claimline;

import claimline.corpus.CorpusException;
import claimline.corpus.CorpusReader;
import claimline.model.EventModel;
import claimline.reading.CorpusAnalyzer;
import java.nio.file.Path;

/** The embedded corpus, read once for the tests that look at it. */
public final class Seeds {
    private static EventModel model;

    private Seeds() {}

    public static Path folder() {
        return Path.of(System.getProperty("claimline.seeds", "seeds"));
    }

    public static synchronized EventModel model() {
        if (model == null) {
            try {
                model = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(folder()));
            } catch (CorpusException e) {
                throw new IllegalStateException(e);
            }
        }
        return model;
    }
}
