package claimline.reading.time;

import claimline.reading.language.Tokenizer;
import claimline.reading.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where in a sentence the cues of the time rules are: the words a rule's gate needs (month and weekday names, "pukul",
 * "last" ...) and the runs of digits. A rule's match always begins a little before one of its cues, so each rule is
 * tried only near them instead of at every character of the sentence.
 */
public final class TimeCues {
    private int[] wordAt = new int[8];
    private long[] wordRules = new long[8];
    private int words;
    private int[] digitsAt = new int[4];
    private int digitRuns;
    /** Bit i: the sentence has a word that rule i's gate needs. */
    final long open;

    /**
     * {@code gateMasks}: gate word to the rules (bits) it opens. Gate words are runs of letters; the sentence's tokens
     * give them already lower-cased (a token with digits or an apostrophe in it is split into its runs of letters).
     */
    TimeCues(String sentence, List<Token> tokens, int sentenceStart, Map<String, Long> gateMasks) {
        long opened = 0;
        for (Token t : tokens) {
            if (!t.word()) {
                continue;
            }
            String w = t.text();
            int start = t.start() - sentenceStart;
            if (Tokenizer.allLetters(w)) {
                opened |= addWord(start, gateMasks.get(t.lower()));
                continue;
            }
            for (int i = 0; i < w.length(); ) {
                while (i < w.length() && !Character.isLetter(w.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < w.length() && Character.isLetter(w.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    opened |= addWord(start + i, gateMasks.get(w.substring(i, j).toLowerCase(Locale.ROOT)));
                }
                i = j;
            }
        }
        open = opened;
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i)) && (i == 0 || !Character.isDigit(sentence.charAt(i - 1)))) {
                if (digitRuns == digitsAt.length) {
                    digitsAt = java.util.Arrays.copyOf(digitsAt, digitRuns * 2);
                }
                digitsAt[digitRuns++] = i;
            }
        }
    }

    /** Records a gate word at {@code at} when it opens rules ({@code rules} not null); the rules it opens, or 0. */
    private long addWord(int at, Long rules) {
        if (rules == null) {
            return 0;
        }
        if (words == wordAt.length) {
            wordAt = java.util.Arrays.copyOf(wordAt, words * 2);
            wordRules = java.util.Arrays.copyOf(wordRules, words * 2);
        }
        wordAt[words] = at;
        wordRules[words++] = rules;
        return rules;
    }

    boolean hasDigit() { return digitRuns > 0; }

    /**
     * Index of the first cue of rule {@code rule} at or after index {@code from} whose offset is at least
     * {@code offset}, or -1: a gate word of the rule when {@code gated}, else a run of digits.
     */
    int next(int rule, boolean gated, int from, int offset) {
        int count = gated ? words : digitRuns;
        for (int i = Math.max(0, from); i < count; i++) {
            if (gated ? wordAt[i] >= offset && (wordRules[i] & (1L << rule)) != 0 : digitsAt[i] >= offset) {
                return i;
            }
        }
        return -1;
    }

    int offset(boolean gated, int index) { return gated ? wordAt[index] : digitsAt[index]; }
}
