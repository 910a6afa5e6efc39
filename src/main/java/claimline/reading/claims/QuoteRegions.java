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
                if (c == '“' || (c == '"' && !open)) {
                    open = true;
                    if (openSince < 0) {
                        openSince = i;
                    }
                } else if (c == '”' || c == '"') {
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

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** The sentence where the quotation open in sentence {@code i} closes, or -1. */
    public int closingSentence(int i) { return closing[i]; }

    /** The offset of the closing quote mark of that quotation (only meaningful when it closes later). */
    public int closingOffset(int i) { return closingAt[i]; }
}
