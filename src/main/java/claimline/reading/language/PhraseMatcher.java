package claimline.reading.language;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in a token list, longest match first, as a dictionary annotator does.
 * Case follows the phrase: an all-capital word (AS, PBB) must match exactly, a capitalised word needs a capital
 * in the text, a lower-case word matches any case.
 */
public final class PhraseMatcher<T> {
    public record Match<T>(int from, int to, T value) {}

    private record Entry<T>(Token[] words, T value) {}

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(String phrase, T value) {
        List<Token> words = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (words.isEmpty()) {
            return;
        }
        List<Entry<T>> list = byFirstWord.computeIfAbsent(words.get(0).lower(), k -> new ArrayList<>());
        list.add(new Entry<>(words.toArray(new Token[0]), value));
        list.sort(Comparator.comparingInt((Entry<T> e) -> -e.words.length));
    }

    /** Non-overlapping matches, scanning left to right and taking the longest phrase at each position. */
    public List<Match<T>> find(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = matchAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Every phrase starting at each position (longest first), overlapping allowed. */
    public Match<T> matchAt(List<Token> tokens, int i) {
        List<Entry<T>> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            if (matches(e.words, tokens, i)) {
                return new Match<>(i, i + e.words.length, e.value);
            }
        }
        return null;
    }

    private static boolean matches(Token[] words, List<Token> tokens, int at) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token w = words[k];
            Token t = tokens.get(at + k);
            if (!w.lower().equals(t.lower())) {
                return false;
            }
            if (k > 0 && t.start() - tokens.get(at + k - 1).end() > 1) {
                return false;
            }
            boolean acronym = w.word() && w.text().length() >= 2 && w.text().equals(w.text().toUpperCase(Locale.ROOT))
                    && !w.text().equals(w.lower());
            if (acronym && !w.text().equals(t.text())) {
                return false;
            }
            if (w.capitalized() && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }
}
