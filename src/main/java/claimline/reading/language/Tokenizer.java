package claimline.reading.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words (letters and digits) and single punctuation marks; white space is dropped. */
public final class Tokenizer {
    /** One string per ASCII mark, shared by all tokens (punctuation is a third of the tokens; no copy each time). */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private Tokenizer() {}

    public static List<Token> tokenize(String text, int from, int to) {
        // About one token per five characters of news text: room for most sentences without growing the list.
        List<Token> out = new ArrayList<>((to - from) / 5 + 8);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j))
                        || (text.charAt(j) == '\'' && j + 1 < to && Character.isLetter(text.charAt(j + 1))
                        && Character.isLetter(text.charAt(j - 1)) && j + 2 < to
                        && Character.isLetter(text.charAt(j + 2))))) {
                    j++;
                }
                String t = text.substring(i, j);
                out.add(new Token(i, j, t, t.toLowerCase(Locale.ROOT), true));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                String t = c < ASCII.length ? ASCII[c] : text.substring(i, j);
                out.add(new Token(i, j, t, t, false));
                i = j;
            }
        }
        return out;
    }

    /** Whether a word is letters only (no digits, apostrophes or marks). */
    public static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
