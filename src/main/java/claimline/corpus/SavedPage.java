package claimline.corpus;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page saved from the browser: the article is taken out of the whole page (menus, related links, comments) by
 * Readability, as a reader view does, and the page's metadata is read before Readability strips the head. A page in
 * which Readability finds no article is read whole, and says so.
 */
public final class SavedPage {
    /** Readability gives up below this much text, and so do we: it is a teaser, a menu or an error page. */
    private static final int MIN_ARTICLE_CHARS = 250;
    /** An "article" mostly made of links is a list of links (a section front, a tag page). */
    private static final double MAX_LINK_SHARE = 0.5;

    /**
     * {@code article}: false when no article was found and {@code text} is the whole page's. {@code title}: the
     * metadata's, else the page's headline, Readability's or the {@code <title>} (it is the metadata's title too).
     */
    public record Extracted(String text, String title, PageMetadata metadata, boolean article) {}

    private SavedPage() {}

    public static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        PageMetadata meta = PageMetadataParser.parse(page);
        Element h1 = page.selectFirst("h1");
        String headline = h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
        String pageTitle = page.title().isBlank() ? null : page.title().strip();
        // Readability changes the document it reads (scripts, forms and clutter removed): give it a copy
        Article article = readability(page.clone());
        Element content = article == null ? null : article.getArticleContent();
        String text = content == null ? "" : HtmlText.text(content);
        String title = first(meta.title(), headline, article == null ? null : article.getTitle(), pageTitle);
        meta = new PageMetadata(title, meta.outlet(), meta.date(), meta.time(), meta.dateEvidence(), meta.url(),
                meta.language());
        if (text.length() >= MIN_ARTICLE_CHARS && linkShare(content) <= MAX_LINK_SHARE) {
            return new Extracted(text, title, meta, true);
        }
        // a page with little text of its own (a short item) is its article; one of links or clutter has none
        Element body = page.body() == null ? page : page.body();
        String whole = HtmlText.extract(page).text();
        boolean shortItem = whole.length() < MIN_ARTICLE_CHARS && linkShare(body) <= MAX_LINK_SHARE;
        return new Extracted(whole, title, meta, shortItem);
    }

    private static Article readability(Document page) {
        try {
            return new Readability4JExtended(page.location(), page).parse();
        } catch (RuntimeException | StackOverflowError failed) {
            // Readability failing on a strange page costs the article, not the file: the page's text is read
            return null;
        }
    }

    private static double linkShare(Element content) {
        int all = content.text().length();
        int links = content.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return all == 0 ? 1 : links / (double) all;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
