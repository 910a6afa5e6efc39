package claimline.reading.language;

import claimline.reading.Assets;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON lexicon of the assets, read strictly: a key the program does not read (a misspelling, a list nothing uses
 * any more) and an entry the tokenizer can never match (a "word" of two words, a capital where words are compared
 * lower-cased) fail loudly when the lexicon is loaded, naming the file and the entry, instead of silently matching
 * nothing. Call {@link #finish()} when every key has been read.
 */
public final class LexiconFile {
    private final String path;
    private final JsonNode root;
    private final Set<String> read = new HashSet<>(Set.of("comment"));

    private LexiconFile(String path, JsonNode root) {
        this.path = path;
        this.root = root;
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("assets/" + path + ": not a JSON object");
        }
    }

    public static LexiconFile open(String path) {
        return new LexiconFile(path, Assets.json(path));
    }

    /** A part of this file read with the same checks (its keys are reported with the part's name). */
    public LexiconFile part(String key) {
        return new LexiconFile(path + "#" + key, required(key));
    }

    public boolean has(String key) {
        return root.has(key);
    }

    /** Single words, matched against lower-cased tokens: each must be one token, in lower case. */
    public List<String> words(String key) {
        List<String> out = strings(key);
        for (String w : out) {
            List<Token> t = Tokenizer.tokenize(w, 0, w.length());
            if (t.size() != 1 || !t.get(0).text().equals(t.get(0).lower())) {
                throw bad(key, w, "a word list entry must be a single lower-case word or mark");
            }
        }
        return out;
    }

    /** Phrases of one or more words. */
    public List<String> phrases(String key) {
        List<String> out = strings(key);
        for (String p : out) {
            if (Tokenizer.tokenize(p, 0, p.length()).isEmpty()) {
                throw bad(key, p, "a phrase must have at least one word");
            }
        }
        return out;
    }

    /** Phrases given in lower case (they are compared with lower-cased text). */
    public List<String> lowerPhrases(String key) {
        List<String> out = phrases(key);
        for (String p : out) {
            if (!p.equals(p.toLowerCase(Locale.ROOT))) {
                throw bad(key, p, "entries are compared lower-cased, so they must be written in lower case");
            }
        }
        return out;
    }

    /** An object of lower-case phrases to whole numbers ("januari": 1). */
    public Map<String, Integer> numbers(String key) {
        JsonNode n = required(key);
        if (!n.isObject()) {
            throw bad(key, null, "must be an object of words to numbers");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isInt()) {
                throw bad(key, e.getKey(), "must map to a whole number");
            }
            String w = e.getKey();
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || Tokenizer.tokenize(w, 0, w.length()).isEmpty()) {
                throw bad(key, w, "keys are compared lower-cased, so they must be written in lower case");
            }
            out.put(w, e.getValue().asInt());
        });
        return out;
    }

    /** A raw node, for structures this class does not know (rules). */
    public JsonNode node(String key) {
        return required(key);
    }

    public int integer(String key) {
        JsonNode n = required(key);
        if (!n.isInt()) {
            throw bad(key, null, "must be a whole number");
        }
        return n.asInt();
    }

    private List<String> strings(String key) {
        JsonNode n = required(key);
        if (!n.isArray()) {
            throw bad(key, null, "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw bad(key, s.toString(), "must be a list of non-empty strings");
            }
            out.add(s.asText());
        }
        return out;
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode n = root.get(key);
        if (n == null) {
            throw new IllegalStateException("assets/" + path + ": missing key \"" + key + "\"");
        }
        return n;
    }

    /** Every key was read: anything else in the file is a mistake (a misspelt key, or a list nothing reads). */
    public void finish() {
        Set<String> unread = new TreeSet<>();
        root.fieldNames().forEachRemaining(k -> {
            if (!read.contains(k)) {
                unread.add(k);
            }
        });
        if (!unread.isEmpty()) {
            throw new IllegalStateException("assets/" + path + ": key(s) nothing reads (misspelt?): " + unread);
        }
    }

    private IllegalStateException bad(String key, String entry, String why) {
        return new IllegalStateException("assets/" + path + ": \"" + key + "\"" + (entry == null ? "" : " entry \""
                + entry + "\"") + ": " + why);
    }
}
