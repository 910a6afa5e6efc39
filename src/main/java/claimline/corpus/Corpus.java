package claimline.corpus;

import claimline.model.Problem;
import java.util.List;

/** The decoded files of a folder, in a stable order, and the files that could not be read. */
public record Corpus(List<SourceText> texts, List<Problem> problems) {
    public Corpus {
        texts = List.copyOf(texts);
        problems = List.copyOf(problems);
    }
}
