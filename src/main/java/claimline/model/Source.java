package claimline.model;

import java.util.Objects;

/** A passage of a document: the half-open span {@code [start, end)} of its text. */
public record Source(String document, int start, int end) implements Comparable<Source> {
    public Source {
        Objects.requireNonNull(document);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad source span [" + start + ", " + end + ") in " + document);
        }
    }

    public Span span() { return new Span(start, end); }

    @Override
    public int compareTo(Source o) {
        int c = document.compareTo(o.document);
        return c != 0 ? c : span().compareTo(o.span());
    }
}
