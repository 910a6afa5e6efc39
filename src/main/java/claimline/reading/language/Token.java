package claimline.reading.language;

import claimline.model.Span;

/** A word or a punctuation mark of a document, with its span. {@code lower} is the lower-cased text. */
public record Token(int start, int end, String text, String lower, boolean word) {
    public Span span() { return new Span(start, end); }

    public boolean capitalized() { return word && Character.isUpperCase(text.charAt(0)); }
}
