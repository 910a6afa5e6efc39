package claimline.reading.events;

import claimline.reading.language.Stemmer;
import claimline.reading.language.Token;
import claimline.reading.language.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stemmed words and phrases of triggers.json, and looking for a stemmed phrase where a word stands: one look at the
 * words there, not a scan of the clause.
 */
final class StemPhrases {
    private StemPhrases() {}

    /** A token's stem; a mark or a number stands for itself. */
    static String stem(Stemmer stemmer, Token t) {
        return t.word() ? stemmer.stem(t.lower()) : t.text();
    }

    /** The stems of single words. */
    static Set<String> stems(Stemmer stemmer, List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(stemmer.stem(w)));
        return out;
    }

    /** Stemmed phrases by their first stem, so that a clause is scanned once for all of them. */
    static Map<String, List<List<String>>> byFirstStem(Stemmer stemmer, List<String> phrases) {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (String p : phrases) {
            List<String> stems = Tokenizer.tokenize(p, 0, p.length()).stream().map(t -> stem(stemmer, t)).toList();
            out.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(stems);
        }
        return out;
    }

    /** Whether one of the phrases (those with the stem at {@code i} first, or null) starts at {@code i}. */
    static boolean startsAny(List<List<String>> phrases, List<String> stems, int i, int to) {
        if (phrases != null) {
            for (List<String> p : phrases) {
                if (startsAt(stems, i, to, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code phrase} starts at {@code i} and ends before {@code to}. */
    static boolean startsAt(List<String> stems, int i, int to, List<String> phrase) {
        if (i + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
