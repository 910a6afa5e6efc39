package claimline.corpus;

/** A file of the corpus decoded to text (for HTML, the extracted text), before reading. */
public record SourceText(String id, String path, String text, String htmlTitle) {}
