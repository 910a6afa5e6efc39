package claimline.reading.claims;

import claimline.reading.language.Sentence;
import java.util.List;

/**
 * Which sentences stand inside a quotation that closes in a later sentence, so that the speaker named at its close
 * ("…," tambahnya) speaks for all of it. Quotes do not run across lines; a straight quote toggles.
 */
public final class QuoteRegions {
    private final int[] closing;
    private final int[] closingAt;

    public QuoteRegions(String text, List<Sentence> sentences) {
        closing = new int[sentences.size()];
        closingAt = new int[sentences.size()];
        int openSince = -1;
        int line = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int lineOf = lineStart(text, s.span().start());
            if (lineOf != line) {
                line = lineOf;
                openSince = -1;
            }
            closing[i] = -1;
            boolean open = openSince >= 0;
            for (int k = s.span().start(); k < s.span().end(); k++) {
                char c = text.charAt(k);
                if (opens(c, open)) {
                    open = true;
                    if (openSince < 0) {
                        openSince = i;
                    }
                } else if (closes(c)) {
                    if (open && openSince >= 0 && openSince < i) {
                        for (int j = openSince; j < i; j++) {
                            closing[j] = i;
                            closingAt[j] = k;
                        }
                    }
                    open = false;
                    openSince = -1;
                }
            }
        }
    }

    /** A quote mark that opens a quotation: a curly opening one, or a straight one when none is open. */
    private static boolean opens(char c, boolean open) {
        return c == '“' || c == '"' && !open;
    }

    /** A quote mark that closes the quotation open (a straight one that opens none). */
    private static boolean closes(char c) {
        return c == '”' || c == '"';
    }

    /** Whether offset {@code at} stands inside a quotation opened at or after {@code from} (a sentence's start). */
    public static boolean inside(String text, int from, int at) {
        boolean open = false;
        for (int k = from; k < at; k++) {
            char c = text.charAt(k);
            if (opens(c, open)) {
                open = true;
            } else if (closes(c)) {
                open = false;
            }
        }
        return open;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** The sentence where the quotation open in sentence {@code i} closes, or -1. */
    public int closingSentence(int i) { return closing[i]; }

    /** The offset of the closing quote mark of that quotation (only meaningful when it closes later). */
    public int closingOffset(int i) { return closingAt[i]; }
}
