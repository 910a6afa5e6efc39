package claimline.model;

import java.util.List;
import java.util.Objects;

/**
 * One article: its decoded text (offsets index into it) and what was learnt about it. {@code url}: where the page
 * says it lives (its canonical URL, a collection's url column), or null.
 */
public record Document(String id, String path, String title, String outlet, String language,
                       Published published, String text, List<Span> boilerplate, String url) {
    public Document {
        Objects.requireNonNull(id);
        Objects.requireNonNull(path);
        Objects.requireNonNull(language);
        Objects.requireNonNull(published);
        Objects.requireNonNull(text);
        boilerplate = List.copyOf(boilerplate);
        for (Span s : boilerplate) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("boilerplate span " + s + " outside document " + id);
            }
        }
    }

    public Document(String id, String path, String title, String outlet, String language, Published published,
                    String text, List<Span> boilerplate) {
        this(id, path, title, outlet, language, published, text, boilerplate, null);
    }

    public int length() { return text.length(); }

    public String textOf(Span span) { return span.of(text); }

    public boolean isBoilerplate(int offset) {
        for (Span s : boilerplate) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    public Document withPublished(Published p) {
        return new Document(id, path, title, outlet, language, p, text, boilerplate, url);
    }

    /** What the page's metadata says of the document, over what the reader found in its text. */
    public Document withPage(String outlet, Published p, String url) {
        return new Document(id, path, title, outlet, language, p, text, boilerplate, url);
    }
}
