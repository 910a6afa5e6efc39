package claimline.corpus;

/**
 * A file of the corpus (or a row of a collection) decoded to text, before reading: for a page, the article's text.
 * {@code page}: what the page's metadata or the row's columns say about it ({@link PageMetadata#NONE} when nothing).
 */
public record SourceText(String id, String path, String text, String htmlTitle, PageMetadata page) {
    public SourceText {
        page = page == null ? PageMetadata.NONE : page;
    }

    public SourceText(String id, String path, String text, String htmlTitle) {
        this(id, path, text, htmlTitle, PageMetadata.NONE);
    }

    /**
     * The source of an article whose publication date its metadata gives. The reader takes a date the text opens with
     * as the page's metadata line ("date 2022-09-13": stated, never inferred, and not read as article text), so the
     * date is passed on that way; spans index this text, which is the text the reader pane shows.
     */
    public static SourceText withMetadata(String id, String path, String body, PageMetadata page) {
        String text = page.hasDate() ? METADATA_LINE + page.date() + "\n" + body : body;
        return new SourceText(id, path, text, page.title(), page);
    }

    static final String METADATA_LINE = "date ";
}
