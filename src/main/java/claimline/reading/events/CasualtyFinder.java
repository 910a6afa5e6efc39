package claimline.reading.events;

import claimline.reading.language.Token;
import claimline.reading.time.TimeLexicon;
import claimline.reading.Assets;
import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Casualty figures of a clause ("49 tentara tewas", "killing two soldiers"): a number near a killed or wounded word,
 * as "49 killed". The words are data (assets/lexicon/CODE/casualties.json); numbers may be digits or count words.
 */
public final class CasualtyFinder {
    private static final Map<String, CasualtyFinder> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> kindOfWord = new LinkedHashMap<>();
    private final Map<String, Integer> counts;
    private final int window;
    /** Words after which a number is the figure of the kind the clause names ("bertambah menjadi 35 orang"). */
    private final Set<String> tollWords;

    private CasualtyFinder(Language language) {
        LexiconFile file = language.open("casualties.json");
        LexiconFile kinds = file.part("kinds");
        file.node("kinds").fieldNames().forEachRemaining(kind -> kinds.words(kind).forEach(w -> kindOfWord.put(w, kind)));
        kinds.finish();
        counts = TimeLexicon.of(language).counts;
        window = file.integer("window");
        tollWords = Set.copyOf(file.words("toll_words"));
        file.finish();
    }

    public static CasualtyFinder of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language.code(), c -> new CasualtyFinder(language));
    }

    /** Figures in {@code [from, to)}, each as "N kind", first one per kind. */
    public List<String> find(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        // a number is one figure: "killed at least 24 people and wounded dozens" has no figure of the wounded
        Set<Integer> used = new java.util.HashSet<>();
        for (int i = from; i < to; i++) {
            String kind = kindOfWord.get(tokens.get(i).lower());
            if (kind == null || seen.contains(kind)) {
                continue;
            }
            int at = numberNear(tokens, i, from, to, used);
            if (at < 0) {
                at = afterTollWord(tokens, i, to, used);
            }
            if (at >= 0) {
                out.add(number(wholeNumber(tokens, at, from, to)) + " " + kind);
                seen.add(kind);
                used.add(at);
            }
        }
        return out;
    }

    /**
     * "Jumlah tentara yang tewas … bertambah menjadi 35 orang": a number right after a toll word later in the clause is
     * the figure of the kind named before it; -1 when there is none.
     */
    private int afterTollWord(List<Token> tokens, int kindAt, int to, Set<Integer> used) {
        for (int k = kindAt + 1; k + 1 < to; k++) {
            if (tollWords.contains(tokens.get(k).lower()) && !used.contains(k + 1)
                    && number(wholeNumber(tokens, k + 1, k + 1, to)) != null) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Where the nearest number not yet taken by another figure stands within the window, or -1. */
    private int numberNear(List<Token> tokens, int at, int from, int to, Set<Integer> used) {
        for (int d = 1; d <= window; d++) {
            int b = at - d;
            if (b >= from && !used.contains(b) && number(wholeNumber(tokens, b, from, to)) != null) {
                return b;
            }
            int a = at + d;
            if (a < to && !used.contains(a) && number(wholeNumber(tokens, a, from, to)) != null) {
                return a;
            }
        }
        return -1;
    }

    /** "6.600" is tokenised as 6 . 600: put the digit groups of a number written with separators back together. */
    private static String wholeNumber(List<Token> tokens, int k, int from, int to) {
        if (!isDigits(tokens.get(k).text())) {
            return tokens.get(k).lower();
        }
        int a = k;
        while (a - 2 >= from && isSeparator(tokens, a - 1) && isDigits(tokens.get(a - 2).text())) {
            a -= 2;
        }
        int b = k;
        while (b + 2 < to && isSeparator(tokens, b + 1) && isDigits(tokens.get(b + 2).text())
                && tokens.get(b + 2).text().length() == 3) {
            b += 2;
        }
        StringBuilder n = new StringBuilder();
        for (int i = a; i <= b; i += 2) {
            n.append(tokens.get(i).text());
        }
        return n.toString();
    }

    private static boolean isSeparator(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.text().equals(".") || t.text().equals(",")) && tokens.get(i - 1).end() == t.start()
                && t.end() == tokens.get(i + 1).start();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private Integer number(String word) {
        String w = word.replace(".", "").replace(",", "");
        if (!w.isEmpty() && w.length() <= 7 && w.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(w);
            // A four-digit number in this range is far more often a year ("tewas pada 2020") than a toll.
            return w.length() == 4 && n >= 1900 && n <= 2100 ? null : n;
        }
        return counts.get(w);
    }
}
