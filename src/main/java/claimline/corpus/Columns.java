package claimline.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a collection holds what: the names the common archive exports and scrapers use (news-please's
 * {@code maintext} and {@code date_publish}, NewsAPI's {@code publishedAt} and {@code source.name}, GDELT's
 * {@code seendate} and {@code domain}, the Guardian's {@code webPublicationDate}, ...), compared without case and
 * punctuation, and an analyst's mapping ({@code text=body_plain,published=tanggal}) over them.
 */
public final class Columns {
    /** What a row may say about its article. */
    public enum Field {
        TEXT("text", "body", "content", "article", "articletext", "articlebody", "fulltext", "maintext", "bodytext",
                "story", "plaintext", "textcontent", "isi"),
        HTML("html", "rawhtml", "contenthtml", "bodyhtml", "articlehtml", "htmlcontent", "pagehtml"),
        TITLE("title", "headline", "heading", "articletitle", "judul"),
        URL("url", "link", "sourceurl", "articleurl", "canonicalurl", "permalink", "uri", "weburl", "documentidentifier"),
        PUBLISHED("published", "publishedat", "publishdate", "datepublished", "datepublish", "pubdate",
                "publicationdate", "webpublicationdate", "date", "datetime", "timestamp", "seendate", "createdat",
                "time", "tanggal"),
        OUTLET("outlet", "sourcename", "publisher", "sitename", "source", "sourcedomain", "domain", "media",
                "newspaper", "publication", "sourcetitle", "sourcecommonname", "medium"),
        LANGUAGE("language", "lang", "languagecode", "locale", "bahasa"),
        ID("id", "articleid", "docid", "documentid", "uuid", "guid", "key");

        final List<String> names;

        Field(String... names) { this.names = List.of(names); }

        public String key() { return name().toLowerCase(Locale.ROOT); }

        static Field of(String key) {
            for (Field f : values()) {
                if (f.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    private final Map<Field, String> chosen;

    private Columns(Map<Field, String> chosen) { this.chosen = chosen; }

    /** The column holding {@code f} in this collection, or null. */
    public String column(Field f) { return chosen.get(f); }

    public boolean hasArticle() { return chosen.containsKey(Field.TEXT) || chosen.containsKey(Field.HTML); }

    /**
     * Recognises the columns of a collection's header; {@code mapping} names columns for fields where the names are
     * the collection's own. A mapped column the header lacks is not used (the caller says so).
     */
    public static Columns recognise(Collection<String> header, Map<Field, String> mapping) {
        Map<Field, String> chosen = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            String mapped = mapping.get(f);
            if (mapped != null) {
                String found = header.stream().filter(h -> h.equals(mapped)).findFirst()
                        .or(() -> header.stream().filter(h -> normal(h).equals(normal(mapped))).findFirst()).orElse(null);
                if (found != null) {
                    chosen.put(f, found);
                }
                continue;
            }
            for (String name : f.names) {
                // NewsAPI's "source.id" is the outlet's id, not the article's: nested names only for the article's own
                String found = find(header, name, chosen.values(), f != Field.ID && f != Field.OUTLET);
                if (found != null) {
                    chosen.put(f, found);
                    break;
                }
            }
        }
        return new Columns(chosen);
    }

    private static String find(Collection<String> header, String name, Collection<String> taken, boolean nested) {
        for (String h : header) {
            if (!taken.contains(h) && normal(h).equals(name)) {
                return h;
            }
        }
        // a nested field of JSON ("fields.bodyText") by its last part
        for (String h : nested ? header : List.<String>of()) {
            int dot = h.lastIndexOf('.');
            if (!taken.contains(h) && dot >= 0 && normal(h.substring(dot + 1)).equals(name)) {
                return h;
            }
        }
        return null;
    }

    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Reads a mapping as the analyst writes it: {@code text=body_plain,published=tanggal} (commas or new lines, a
     * {@code #} line is a comment).
     *
     * @throws IllegalArgumentException naming the part that is not {@code field=column} or names no field
     */
    public static Map<Field, String> parseMapping(String spec) {
        Map<Field, String> out = new LinkedHashMap<>();
        if (spec == null) {
            return out;
        }
        for (String part : spec.split("[,\\n]")) {
            String p = part.strip();
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            int eq = p.indexOf('=');
            Field f = eq > 0 ? Field.of(p.substring(0, eq)) : null;
            if (f == null || p.substring(eq + 1).isBlank()) {
                List<String> keys = new ArrayList<>();
                for (Field x : Field.values()) {
                    keys.add(x.key());
                }
                throw new IllegalArgumentException("'" + p + "' is not FIELD=COLUMN with FIELD one of "
                        + String.join(", ", keys));
            }
            out.put(f, p.substring(eq + 1).strip());
        }
        return out;
    }
}
