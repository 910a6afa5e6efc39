package claimline.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a news page carries besides its text: Open Graph and article meta tags, JSON-LD
 * {@code NewsArticle}, {@code <time datetime>}, the canonical link and {@code <html lang>}. For the publication date
 * the most explicit source wins: {@code article:published_time}, then JSON-LD {@code datePublished}, then
 * microdata, then {@code <time datetime>}, then a date in the URL's path (a day, no time).
 */
final class PageMetadataParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadataParser() {}

    static PageMetadata parse(Document page) {
        List<JsonNode> articles = jsonLdArticles(page);
        String url = firstNonBlank(attr(page, "link[rel=canonical]", "abs:href"), attr(page, "link[rel=canonical]", "href"),
                meta(page, "og:url"), jsonLd(articles, "url"));
        String title = firstNonBlank(meta(page, "og:title"), jsonLd(articles, "headline"));
        String outlet = firstNonBlank(meta(page, "og:site_name"), jsonLdName(articles, "publisher"),
                meta(page, "application-name"));
        String language = firstNonBlank(attr(page, "html", "lang"), meta(page, "og:locale"),
                attr(page, "meta[http-equiv=content-language]", "content"));
        if (language != null) {
            // "id-ID", "en_US": the language, not the region
            language = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        }
        PageMetadata found = new PageMetadata(title, outlet, null, null, null, url, language);
        return withPublishedFrom(found, page, articles, url);
    }

    private static PageMetadata withPublishedFrom(PageMetadata m, Document page, List<JsonNode> articles, String url) {
        for (String[] source : new String[][] {{"meta[property=article:published_time]", "article:published_time"},
                {"meta[name=article:published_time]", "article:published_time"}}) {
            PublishedValue v = PublishedValue.parse(attr(page, source[0], "content"));
            if (v != null) {
                return m.withPublished(v, source[1] + " \"" + attr(page, source[0], "content") + "\"");
            }
        }
        String ld = jsonLd(articles, "datePublished");
        if (PublishedValue.parse(ld) != null) {
            return m.withPublished(PublishedValue.parse(ld), "JSON-LD datePublished \"" + ld + "\"");
        }
        for (String[] source : new String[][] {{"[itemprop=datePublished][content]", "content"},
                {"[itemprop=datePublished][datetime]", "datetime"}, {"meta[name=pubdate]", "content"},
                {"meta[name=publishdate]", "content"}, {"meta[name=publish-date]", "content"}}) {
            String raw = attr(page, source[0], source[1]);
            if (PublishedValue.parse(raw) != null) {
                return m.withPublished(PublishedValue.parse(raw), source[0] + " \"" + raw + "\"");
            }
        }
        for (Element t : page.select("time[datetime]")) {
            PublishedValue v = PublishedValue.parse(t.attr("datetime"));
            if (v != null) {
                return m.withPublished(v, "<time datetime=\"" + t.attr("datetime") + "\">");
            }
        }
        LocalDate inUrl = PublishedValue.inUrl(url);
        if (inUrl != null) {
            return m.withPublished(new PublishedValue(inUrl, null), "the date in the URL " + url);
        }
        return m;
    }

    // --- JSON-LD

    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "opinionnewsarticle");

    /** The article objects of the page's JSON-LD blocks (also inside {@code @graph} and arrays); broken blocks skipped. */
    private static List<JsonNode> jsonLdArticles(Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), out, 0);
            } catch (java.io.IOException | RuntimeException broken) {
                // a page's broken JSON-LD is the page's problem: the other sources of metadata remain
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> collect(x, out, depth + 1));
        } else if (n.isObject()) {
            if (isArticle(n.get("@type"))) {
                out.add(n);
            }
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String jsonLd(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
            if (v != null && v.isObject() && v.hasNonNull("@id")) {
                return v.get("@id").asText();
            }
        }
        return null;
    }

    private static String jsonLdName(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            if (v != null && v.isArray() && v.size() > 0) {
                v = v.get(0);
            }
            if (v != null && v.hasNonNull("name") && !v.get("name").asText().isBlank()) {
                return v.get("name").asText().strip();
            }
        }
        return null;
    }

    // --- tags

    private static String meta(Document page, String name) {
        return firstNonBlank(attr(page, "meta[property=" + name + "]", "content"),
                attr(page, "meta[name=" + name + "]", "content"));
    }

    private static String attr(Document page, String css, String attribute) {
        Element e = page.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute);
        return v.isBlank() ? null : v.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
