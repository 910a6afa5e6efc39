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
 * microdata {@code datePublished}, then {@code <time datetime>}, then a {@code pubdate} meta tag, then a date in the
 * URL's path (a day, no time). The page is walked once for all of them.
 */
final class PageMetadataParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadataParser() {}

    /** What one walk over the page finds: meta tags by name, the canonical link, JSON-LD, dates in the markup. */
    private static final class Tags {
        final java.util.Map<String, String> meta = new java.util.HashMap<>();
        String canonical;
        String lang;
        final List<String> jsonLd = new ArrayList<>();
        final List<String[]> dates = new ArrayList<>();

        Tags(Document page) {
            Element html = page.selectFirst("html");
            lang = html == null || html.attr("lang").isBlank() ? null : html.attr("lang");
            for (Element e : page.getAllElements()) {
                switch (e.normalName()) {
                    case "meta" -> {
                        String key = !e.attr("property").isBlank() ? e.attr("property")
                                : !e.attr("name").isBlank() ? e.attr("name") : e.attr("http-equiv");
                        if (!key.isBlank() && !e.attr("content").isBlank()) {
                            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), e.attr("content").strip());
                        }
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && !e.attr("href").isBlank()) {
                            canonical = !e.absUrl("href").isBlank() ? e.absUrl("href") : e.attr("href").strip();
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                            jsonLd.add(e.data());
                        }
                    }
                    default -> { }
                }
                if (e.attr("itemprop").equals("datePublished")) {
                    String v = !e.attr("content").isBlank() ? e.attr("content") : e.attr("datetime");
                    if (!v.isBlank()) {
                        dates.add(0, new String[] {"[itemprop=datePublished] \"" + v + "\"", v});
                    }
                } else if (e.normalName().equals("time") && !e.attr("datetime").isBlank()) {
                    dates.add(new String[] {"<time datetime=\"" + e.attr("datetime") + "\">", e.attr("datetime")});
                }
            }
        }

        String meta(String name) {
            String v = meta.get(name);
            return v == null || v.isBlank() ? null : v;
        }
    }

    static PageMetadata parse(Document page) {
        Tags tags = new Tags(page);
        List<JsonNode> articles = jsonLdArticles(tags.jsonLd);
        String url = firstNonBlank(tags.canonical, tags.meta("og:url"), jsonLd(articles, "url"));
        String title = firstNonBlank(tags.meta("og:title"), jsonLd(articles, "headline"));
        String outlet = firstNonBlank(tags.meta("og:site_name"), jsonLdName(articles, "publisher"),
                tags.meta("application-name"));
        String language = firstNonBlank(tags.lang, tags.meta("og:locale"), tags.meta("content-language"));
        if (language != null) {
            // "id-ID", "en_US": the language, not the region
            language = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        }
        PageMetadata found = new PageMetadata(title, outlet, null, null, null, url, language);
        return withPublishedFrom(found, tags, articles, url);
    }

    private static PageMetadata withPublishedFrom(PageMetadata m, Tags tags, List<JsonNode> articles, String url) {
        String metaTime = tags.meta("article:published_time");
        if (PublishedValue.parse(metaTime) != null) {
            return m.withPublished(PublishedValue.parse(metaTime), "article:published_time \"" + metaTime + "\"");
        }
        String ld = jsonLd(articles, "datePublished");
        if (PublishedValue.parse(ld) != null) {
            return m.withPublished(PublishedValue.parse(ld), "JSON-LD datePublished \"" + ld + "\"");
        }
        for (String[] d : tags.dates) {
            if (PublishedValue.parse(d[1]) != null) {
                return m.withPublished(PublishedValue.parse(d[1]), d[0]);
            }
        }
        for (String name : List.of("pubdate", "publishdate", "publish-date")) {
            String v = tags.meta(name);
            if (PublishedValue.parse(v) != null) {
                return m.withPublished(PublishedValue.parse(v), "meta " + name + " \"" + v + "\"");
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
    private static List<JsonNode> jsonLdArticles(List<String> blocks) {
        List<JsonNode> out = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(JSON.readTree(block), out, 0);
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

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
