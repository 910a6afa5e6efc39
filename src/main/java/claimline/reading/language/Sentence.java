package claimline.reading.language;

import claimline.model.Span;
import java.util.List;

/** A sentence (or a headline line) of a document, with its tokens. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public String text(String documentText) { return span.of(documentText); }
}
