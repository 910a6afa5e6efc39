package claimline.reading.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon's list of phrases ("according to", "seperti dikutip"), split into words once and indexed by first word,
 * so that asking whether a phrase starts at a token costs one lookup.
 */
public final class PhraseList {
    private final List<String> phrases;
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    public PhraseList(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (String p : phrases) {
            // split as the text is, so that "baru-baru ini" is the four tokens the tokenizer makes of it
            String[] words = Tokenizer.tokenize(p, 0, p.length()).stream().map(Token::lower).toArray(String[]::new);
            if (words.length == 0) {
                continue;
            }
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    public List<String> phrases() { return phrases; }

    /** The first words of the phrases. */
    public java.util.Set<String> firstWords() { return byFirstWord.keySet(); }

    public boolean startsAt(List<Token> tokens, int at) { return longestAt(tokens, at) > 0; }

    /** The number of words of the longest phrase starting at token {@code at}, or 0. */
    public int longestAt(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return 0;
        }
        List<String[]> candidates = byFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return 0;
        }
        int longest = 0;
        for (String[] words : candidates) {
            if (words.length > longest && matches(tokens, at, words)) {
                longest = words.length;
            }
        }
        return longest;
    }

    /** Whether one of the phrases ends right before token {@code end} and starts at or after {@code from}. */
    public boolean endsBefore(List<Token> tokens, int from, int end) {
        for (List<String[]> group : byFirstWord.values()) {
            for (String[] words : group) {
                int at = end - words.length;
                if (at >= from && matches(tokens, at, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
