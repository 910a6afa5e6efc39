package claimline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated articles as pages saved from the browser, in the shape of real outlets' pages: a head with Open
 * Graph and article meta tags and a JSON-LD {@code NewsArticle}, scripts and styles, a menu, the article with its
 * "read more" line, related links, comments and a footer: about four times the article's size in markup.
 */
public final class SavedPageGenerator {
    private static final List<String> SECTIONS = List.of("Nasional", "Internasional", "Ekonomi", "Bisnis", "Olahraga",
            "Teknologi", "Otomotif", "Hiburan", "Gaya Hidup", "Kesehatan", "Sains", "Travel", "Kuliner", "Video", "Foto",
            "Infografik", "Opini", "Indeks", "World", "Politics", "Markets", "Climate", "Sport", "Culture");
    private static final List<String> RELATED = List.of("Harga BBM naik, antrean panjang di SPBU",
            "Timnas menang tipis di laga uji coba", "Cuaca hari ini: hujan ringan sore hari", "Promo ponsel terbaru",
            "Markets slide as rates rise", "Heatwave grips the south", "Ten best hiking trails", "Resep rendang empuk");

    private final CorpusGenerator articles;
    private final long seed;

    public SavedPageGenerator(long seed) {
        this.articles = new CorpusGenerator(seed);
        this.seed = seed;
    }

    /** Writes {@code pages} saved pages into {@code out}; returns the bytes written. */
    public long write(int pages, Path out) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            byte[] b = page(i, pages).getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format(Locale.ROOT, "page-%06d.html", i)), b);
            bytes += b.length;
        }
        return bytes;
    }

    /** Saved page {@code i} of a collection of {@code total}. */
    public String page(int i, int total) {
        CorpusGenerator.Generated g = articles.generated(i, total);
        SplittableRandom r = new SplittableRandom(seed * 31 + i);
        List<String> lines = g.text().lines().toList();
        String title = lines.get(0);
        String outlet = g.english() ? "Border Monitor" : "Berita Nusantara";
        LocalDate day = g.published();
        String time = String.format(Locale.ROOT, "%sT%02d:%02d:00%s", day, r.nextInt(24), r.nextInt(60),
                g.english() ? "Z" : "+07:00");
        String url = String.format(Locale.ROOT, "https://%s.example/read/%d/%02d/%02d/%06d/%s",
                g.english() ? "bordermonitor" : "beritanusantara", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), i, slug(title));
        StringBuilder p = new StringBuilder(12_000);
        p.append("<!DOCTYPE html>\n<html lang=\"").append(g.english() ? "en-GB" : "id-ID").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append(" | ").append(outlet).append("</title>\n")
                .append(meta("og:title", title)).append(meta("og:site_name", outlet)).append(meta("og:type", "article"))
                .append(meta("og:url", url)).append(meta("article:published_time", time))
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",")
                .append("\"datePublished\":\"").append(time).append("\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
                .append(outlet).append("\"}}</script>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',id:").append(i)
                .append("});</script>\n<style>.menu li{display:inline;margin:0 4px}.related{font-size:90%}</style>\n")
                .append("</head>\n<body>\n<header><a class=\"logo\" href=\"/\">").append(outlet).append("</a>\n<nav class=\"menu\"><ul>");
        for (String s : SECTIONS) {
            p.append("<li><a href=\"/").append(slug(s)).append("\">").append(s).append("</a></li>");
        }
        p.append("</ul></nav>\n<form class=\"search\"><input name=\"q\"></form></header>\n<main>\n<article>\n<h1>")
                .append(esc(title)).append("</h1>\n<div class=\"meta\"><span class=\"author\">Tim Redaksi</span> <time datetime=\"")
                .append(time).append("\">").append(day).append("</time></div>\n<div class=\"body\">\n");
        for (String line : lines.subList(1, lines.size())) {
            p.append("<p>").append(esc(line)).append("</p>\n");
        }
        p.append("</div>\n<div class=\"share\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">WhatsApp</a>"
                + "</div>\n</article>\n<aside class=\"related\"><h3>Related</h3><ul>");
        for (int k = 0; k < 6; k++) {
            p.append("<li><a href=\"/read/").append(r.nextInt(1_000_000)).append("\">")
                    .append(RELATED.get(r.nextInt(RELATED.size()))).append("</a></li>");
        }
        p.append("</ul></aside>\n<section class=\"comments\"><h3>Comments</h3>");
        for (int k = 0; k < 3; k++) {
            p.append("<div class=\"comment\"><span class=\"comment-author\">reader").append(r.nextInt(1000))
                    .append("</span><p>").append(k == 0 ? "Semoga cepat damai." : k == 1 ? "Who started it this time?"
                            : "Kasihan warga sipil di perbatasan.").append("</p></div>");
        }
        p.append("</section>\n</main>\n<footer><p>© ").append(day.getYear()).append(' ').append(outlet)
                .append(". All rights reserved.</p><a href=\"/about\">About</a> <a href=\"/privacy\">Privacy</a></footer>\n"
                        + "</body>\n</html>\n");
        return p.toString();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + esc(content) + "\">\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.length() > 60 ? out.substring(0, 60) : out;
    }
}
